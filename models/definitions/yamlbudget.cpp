#include "definitions/yamlbudget.h"

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>

namespace lotse {

namespace {

/// Carries the overrun out of yaml-cpp's parser, which has no way to stop early.
struct Stop
{
    YamlBudget::Overrun overrun;
};

} // namespace

YamlBudget::YamlBudget(const YamlLimits &limits)
    : m_limits(limits)
{
}

std::optional<YamlBudget::Overrun> YamlBudget::check(const std::string &text, const YamlLimits &limits)
{
    std::istringstream in(text);
    YAML::Parser parser(in);
    YamlBudget budget(limits);
    try {
        // YAML::Load reads the first document only, and so does this.
        parser.HandleNextDocument(budget);
    } catch (const Stop &stop) {
        return stop.overrun;
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
    return std::nullopt;
}

void YamlBudget::OnDocumentStart(const YAML::Mark &mark)
{
    m_last = mark;
}

void YamlBudget::OnNull(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    leaf(mark, anchor);
}

void YamlBudget::OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &)
{
    leaf(mark, anchor);
}

void YamlBudget::OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                                 YAML::EmitterStyle::value)
{
    open(mark, anchor);
}

void YamlBudget::OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                            YAML::EmitterStyle::value)
{
    open(mark, anchor);
}

void YamlBudget::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (anchor >= m_anchors.size())
        return; // yaml-cpp refuses an unknown anchor itself
    const Extent extent = m_anchors[anchor];
    if (extent.open)
        overrun(mark, tr("an alias refers to a node it is part of, which would repeat without end"));
    if (qint64(m_frames.size()) + extent.height > m_limits.maxDepth)
        overrun(mark, tr("the document nests deeper than %1 levels").arg(m_limits.maxDepth));
    count(mark, extent.nodes);
    add(mark, extent);
}

void YamlBudget::leaf(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    const Extent extent{1, 1, false};
    remember(anchor, extent);
    count(mark, 1);
    add(mark, extent);
}

void YamlBudget::open(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    count(mark, 1);
    if (qint64(m_frames.size()) >= m_limits.maxDepth)
        overrun(mark, tr("the document nests deeper than %1 levels").arg(m_limits.maxDepth));
    remember(anchor, Extent{1, 1, true});
    m_frames.push_back({anchor, Extent{1, 1, false}});
    m_last = mark;
}

void YamlBudget::close()
{
    if (m_frames.empty())
        return;
    const Frame frame = m_frames.back();
    m_frames.pop_back();
    remember(frame.anchor, frame.extent);
    add(m_last, frame.extent);
}

void YamlBudget::count(const YAML::Mark &mark, qint64 nodes)
{
    m_total += nodes;
    if (m_total > m_limits.maxNodes)
        overrun(mark, tr("the document has more than %1 nodes once its aliases are expanded").arg(m_limits.maxNodes));
}

void YamlBudget::add(const YAML::Mark &mark, const Extent &extent)
{
    m_last = mark;
    if (m_frames.empty())
        return;
    Extent &parent = m_frames.back().extent;
    parent.nodes += extent.nodes;
    parent.height = std::max(parent.height, extent.height + 1);
}

void YamlBudget::remember(YAML::anchor_t anchor, const Extent &extent)
{
    if (anchor == YAML::NullAnchor)
        return;
    if (anchor >= m_anchors.size())
        m_anchors.resize(anchor + 1);
    m_anchors[anchor] = extent;
}

void YamlBudget::overrun(const YAML::Mark &mark, const QString &message) const
{
    throw Stop{{mark, message}};
}

} // namespace lotse
