#pragma once

#include "definitions/yamllimits.h"

#include <QCoreApplication>
#include <QString>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <optional>
#include <string>
#include <vector>

namespace lotse {

/// Checks a YAML text against YamlLimits from the parser's events, before
/// yaml-cpp builds a tree: an alias counts as many nodes as the node it
/// names, so a document that would expand without end is refused after
/// reading it once. An alias of a node from inside that node (a cycle) is
/// refused too, since every reader of the tree would walk it for ever.
class YamlBudget final : public YAML::EventHandler
{
    Q_DECLARE_TR_FUNCTIONS(lotse::YamlBudget)

public:
    struct Overrun
    {
        YAML::Mark mark;
        QString message;
    };

    /// The first bound @p text passes in its first document, or nothing. A
    /// syntax error is not reported here: yaml-cpp's own parse says it better.
    static std::optional<Overrun> check(const std::string &text, const YamlLimits &limits);

    void OnDocumentStart(const YAML::Mark &mark) override;
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override;
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override { close(); }

private:
    /// A node's size and height with its aliases expanded.
    struct Extent
    {
        qint64 nodes = 0;
        int height = 0;
        bool open = false; ///< its anchor is being read: an alias to it now is a cycle
    };
    /// A sequence or mapping being read.
    struct Frame
    {
        YAML::anchor_t anchor = 0;
        Extent extent;
    };

    explicit YamlBudget(const YamlLimits &limits);
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor);
    void open(const YAML::Mark &mark, YAML::anchor_t anchor);
    void close();
    /// Counts @p nodes more in the document and stops past the bound.
    void count(const YAML::Mark &mark, qint64 nodes);
    /// Adds a finished node of @p extent to its parent, or to the document.
    void add(const YAML::Mark &mark, const Extent &extent);
    void remember(YAML::anchor_t anchor, const Extent &extent);
    [[noreturn]] void overrun(const YAML::Mark &mark, const QString &message) const;

    YamlLimits m_limits;
    qint64 m_total = 0;
    std::vector<Frame> m_frames;
    std::vector<Extent> m_anchors; ///< by anchor id, which yaml-cpp counts from 1 per document
    YAML::Mark m_last;
};

} // namespace lotse
