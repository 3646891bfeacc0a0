#include "documents/diagnosispdf.h"

#include "painters/evidencetable.h"
#include "layout/reportdocument.h"
#include "layout/textblocks.h"
#include "layout/wrappedtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace lotse {

namespace {

/// Check charts are small multiples: two to a row, this tall.
constexpr qreal kChartPlotMm = 26;

} // namespace

DiagnosisPdf::DiagnosisPdf(const DiagnosisSession &session, QList<SourceInfo> sources, ReportOptions options)
    : m_runbook(session.runbook())
    , m_at(session.at())
    , m_steps(session.steps())
    , m_findings(session.findings())
    , m_failed(session.failedReadings())
    , m_verdict(session.verdict())
    , m_notes(session.notes())
    , m_sources(std::move(sources))
    , m_options(std::move(options))
{
    if (!m_options.exportedAt.isValid())
        m_options.exportedAt = QDateTime::currentDateTimeUtc();
    for (const DiagnosisStep &step : m_steps) {
        for (const QString &check : step.checks) {
            if (const Reading *reading = session.reading(check))
                m_readings.insert(check, *reading);
            if (const ChartData *history = session.history(check); history && !history->loading)
                m_history.insert(check, *history);
        }
        const RunbookNode *node = m_runbook.node(step.node);
        for (const ChecklistSection &section : node ? node->sections : QList<ChecklistSection>()) {
            for (const ChecklistItem &item : section.items) {
                m_ticks.insert({step.node, item.id}, session.tick(step.node, item.id));
                m_itemStates.insert({step.node, item.id}, session.itemState(item));
            }
        }
    }
}

std::unique_ptr<ReportDocument> DiagnosisPdf::begin(QIODevice *out) const
{
    const QString title = m_runbook.title.text(m_options.language);
    auto document = std::make_unique<ReportDocument>(out, m_options, title);
    document->add(titleBlocks(*document));
    document->add(findingBlocks(*document));
    document->add(stepBlocks(*document));
    document->add(closingBlocks(*document));
    return document;
}

std::expected<void, Error> DiagnosisPdf::write(QIODevice *out) const
{
    return begin(out)->paintAll();
}

QString DiagnosisPdf::checkTitle(const QString &check) const
{
    const CheckSpec *spec = m_runbook.check(check);
    return spec ? spec->title.text(m_options.language) : check;
}

QString DiagnosisPdf::nodeTitle(const QString &node) const
{
    const RunbookNode *spec = m_runbook.node(node);
    return spec ? spec->title.text(m_options.language) : node;
}

QString DiagnosisPdf::verdictText(const ReportText &words) const
{
    switch (m_verdict) {
    case DiagnosisSession::Verdict::Healthy: return text(words, QT_TR_NOOP("healthy: no runbook rule holds"));
    case DiagnosisSession::Verdict::Findings: return text(words, QT_TR_N_NOOP("%n finding(s)"), int(m_findings.size()));
    case DiagnosisSession::Verdict::Error:
        return text(words,
                    QT_TR_NOOP("error: the diagnosis could not be completed, so it cannot say the system is "
                               "healthy"));
    case DiagnosisSession::Verdict::Incomplete: break;
    }
    return text(words, QT_TR_NOOP("incomplete: the diagnosis was not walked to its end"));
}

QList<ReportBlock> DiagnosisPdf::titleBlocks(const ReportDocument &document) const
{
    const ReportText &words = document.text();
    const TextBlocks blocks(document.style(), document.width());
    QList<ReportBlock> list{blocks.paragraph(m_runbook.title.text(m_options.language), ReportStyle::Font::Title)};
    QStringList path;
    for (const DiagnosisStep &step : m_steps)
        path.append(nodeTitle(step.node));
    QStringList sources;
    for (const SourceInfo &source : m_sources)
        sources.append(words.source(source));
    QString exported = text(words, QT_TR_NOOP("%1 by Lotse %2"))
                           .arg(words.dateTime(m_options.exportedAt), QCoreApplication::applicationVersion());
    QList<TextBlocks::Fact> facts{
        {text(words, QT_TR_NOOP("Runbook")),
         text(words, QT_TR_NOOP("%1, version %2")).arg(m_runbook.id, words.locale().toString(m_runbook.version))},
        {text(words, QT_TR_NOOP("Instant")),
         words.dateTime(m_at) + QStringLiteral(" (") + words.zone(m_at) + QStringLiteral(")\n") + words.utc(m_at)},
        {text(words, QT_TR_NOOP("Verdict")), verdictText(words)},
        {text(words, QT_TR_NOOP("Path")), path.join(QStringLiteral(" → "))},
        {text(words, QT_TR_NOOP("Data sources")),
         sources.isEmpty() ? text(words, QT_TR_NOOP("none")) : sources.join(QLatin1Char('\n'))},
        {text(words, QT_TR_NOOP("Exported")), exported},
    };
    if (!m_runbook.values.isEmpty())
        facts.insert(1, {text(words, QT_TR_NOOP("Variables")), m_runbook.values.describe()});
    list.append(blocks.facts(facts));
    list.append(blocks.rule());
    return list;
}

ReportBlock DiagnosisPdf::badge(const ReportDocument &document, State state, const QString &label,
                                const QString &title) const
{
    const ReportStyle &style = document.style();
    const QFont chipFont = style.font(ReportStyle::Font::Small);
    const QFontMetricsF chipMetrics(chipFont, style.device());
    const QString chip = label.toUpper();
    const qreal chipWidth = chipMetrics.horizontalAdvance(chip) + style.pt(10);
    const qreal gap = style.pt(6);
    const WrappedText heading(title, style.font(ReportStyle::Font::Heading), document.width() - chipWidth - gap,
                              style.device());
    const qreal above = style.pt(8);
    ReportBlock block;
    block.height = above + std::max(heading.height(), chipMetrics.height() + style.pt(4));
    block.keepWithNext = true;
    block.gapAfter = style.pt(3);
    block.paint = [=](QPainter &painter, const QPointF &origin, qreal, qreal) {
        const QRectF pill(origin.x(), origin.y() + above + (heading.height() - chipMetrics.height() - style.pt(4)) / 2,
                          chipWidth, chipMetrics.height() + style.pt(4));
        QPainterPath shape;
        shape.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter.fillPath(shape, ReportStyle::stateColor(state));
        painter.setFont(chipFont);
        painter.setPen(Qt::white);
        painter.drawText(pill, Qt::AlignCenter, chip);
        heading.draw(painter, origin + QPointF(chipWidth + gap, above), ReportStyle::ink());
    };
    return block;
}

ReportBlock DiagnosisPdf::evidence(const ReportDocument &document, const QStringList &checks) const
{
    QList<EvidenceTable::Row> rows;
    for (const QString &check : checks) {
        const auto reading = m_readings.constFind(check);
        if (reading != m_readings.cend())
            rows.append({checkTitle(check), *reading});
    }
    return EvidenceTable(document.style(), document.text()).block(rows, document.width());
}

QList<ReportBlock> DiagnosisPdf::findingBlocks(const ReportDocument &document) const
{
    const ReportText &words = document.text();
    const TextBlocks blocks(document.style(), document.width());
    QList<ReportBlock> list{blocks.heading(text(words, QT_TR_NOOP("Findings")))};
    if (m_findings.isEmpty()) {
        const char *none = m_verdict == DiagnosisSession::Verdict::Healthy
            ? QT_TR_NOOP("No runbook rule holds at this instant: nothing to report.")
            : QT_TR_NOOP("No finding, but the diagnosis is not complete: see what could not be read.");
        list.append(blocks.paragraph(text(words, none), ReportStyle::Font::Body, ReportStyle::muted()));
        return list;
    }
    for (const Finding &finding : m_findings)
        list.append(findingBlocks(document, finding));
    return list;
}

QList<ReportBlock> DiagnosisPdf::findingBlocks(const ReportDocument &document, const Finding &finding) const
{
    const ReportText &words = document.text();
    const TextBlocks blocks(document.style(), document.width());
    const RunbookNode *node = m_runbook.node(m_steps.at(finding.step).node);
    const QString language = m_options.language;
    const ChecklistItem *item = node && !finding.item.isEmpty() ? node->item(finding.item) : nullptr;
    const QString title = item ? item->text.text(language) : node ? node->title.text(language) : finding.slug;
    QList<ReportBlock> list{badge(document, finding.severity, words.stateName(finding.severity), title)};
    QString origin = finding.slug;
    if (finding.manual)
        origin += QStringLiteral(" · ") + text(words, QT_TR_NOOP("reached through a branch chosen by hand"));
    list.append(blocks.paragraph(origin, ReportStyle::Font::MonoSmall, ReportStyle::muted()));
    list.append(evidence(document, finding.evidence));
    if (!node || item)
        return list;
    if (!node->advice.isEmpty()) {
        list.append(blocks.heading(text(words, QT_TR_NOOP("Advice")), ReportStyle::Font::Subheading));
        list.append(blocks.markdown(node->advice.text(language)));
    }
    if (!node->remedies.isEmpty())
        list.append(blocks.heading(text(words, QT_TR_NOOP("Remedies (shown to copy; Lotse runs none)")),
                                   ReportStyle::Font::Subheading));
    for (const Remedy &remedy : node->remedies) {
        ReportBlock title = blocks.paragraph(remedy.title.text(language), ReportStyle::Font::Strong);
        title.keepWithNext = true;
        title.gapAfter = document.style().pt(2);
        list.append(title);
        list.append(blocks.code(remedy.command));
    }
    if (!node->verify.isEmpty())
        list.append(blocks.paragraph(text(words, QT_TR_NOOP("Verify the fix with: %1")).arg(checkTitle(node->verify)),
                                     ReportStyle::Font::Small, ReportStyle::muted()));
    return list;
}

QString DiagnosisPdf::decision(const ReportText &words, int index) const
{
    const DiagnosisStep &step = m_steps.at(index);
    const RunbookNode *node = m_runbook.node(step.node);
    if (!node)
        return {};
    if (node->isLeaf()) {
        const auto finding = std::find_if(m_findings.cbegin(), m_findings.cend(),
                                          [index](const Finding &found) { return found.step == index; });
        const State severity = finding != m_findings.cend() ? finding->severity : node->finding->severity;
        return text(words, QT_TR_NOOP("Finding: %1 (%2)")).arg(node->finding->slug, words.stateName(severity));
    }
    if (step.taken.isEmpty())
        return step.undecided ? text(words, QT_TR_NOOP("The checks could not decide which way to go."))
                              : text(words, QT_TR_NOOP("No branch holds: nothing to follow from here."));
    QStringList parts;
    for (int branch : step.taken) {
        const Branch *chosen = node->branch(branch);
        if (!chosen)
            continue;
        const Branch &taken = *chosen;
        QString because = taken.because.text(m_options.language);
        if (because.isEmpty())
            because = taken.manual ? taken.label.text(m_options.language)
                : taken.otherwise  ? text(words, QT_TR_NOOP("no other branch holds"))
                                   : QString();
        const QString target = nodeTitle(taken.target);
        parts.append(because.isEmpty() ? target : QStringLiteral("%1 — %2").arg(target, because));
    }
    const QString next = QStringLiteral("→ ") + parts.join(QStringLiteral("; → "));
    return step.manual ? text(words, QT_TR_NOOP("Chosen by hand, overruling the checks: %1")).arg(next) : next;
}

QList<ReportBlock> DiagnosisPdf::chartBlocks(const ReportDocument &document, const QStringList &checks) const
{
    const ReportStyle &style = document.style();
    const qreal gap = style.pt(12);
    const qreal columnWidth = (document.width() - gap) / 2;
    const ReportChartPainter painter(style, document.text());
    QList<ReportBlock> charts;
    for (const QString &check : checks) {
        const CheckSpec *spec = m_runbook.check(check);
        ReportChart chart{checkTitle(check), spec ? spec->unit : Unit::None, spec ? spec->thresholds : Thresholds{},
                          m_history.value(check), true};
        // The session names an unlabeled line after the check's id; the title says it better.
        for (ChartLine &line : chart.data.lines) {
            if (line.name == check)
                line.name.clear();
        }
        charts.append(painter.block(std::move(chart), columnWidth, style.mm(kChartPlotMm)));
    }
    QList<ReportBlock> rows;
    for (qsizetype first = 0; first < charts.size(); first += 2)
        rows.append(ReportBlock::besides(charts.mid(first, 2), columnWidth, gap));
    return rows;
}

QList<ReportBlock> DiagnosisPdf::stepBlocks(const ReportDocument &document) const
{
    const TextBlocks blocks(document.style(), document.width());
    QList<ReportBlock> list{blocks.heading(text(document.text(), QT_TR_NOOP("Path walked")))};
    QStringList charted;
    for (int index = 0; index < m_steps.size(); ++index)
        list.append(stepBlocks(document, index, charted));
    return list;
}

QList<ReportBlock> DiagnosisPdf::stepBlocks(const ReportDocument &document, int index, QStringList &charted) const
{
    const ReportText &words = document.text();
    const TextBlocks blocks(document.style(), document.width());
    const DiagnosisStep &step = m_steps.at(index);
    const RunbookNode *node = m_runbook.node(step.node);
    QList<ReportBlock> list{
        blocks.heading(QStringLiteral("%1. %2").arg(words.locale().toString(index + 1), nodeTitle(step.node)),
                       ReportStyle::Font::Subheading)};
    if (node && !node->question.isEmpty())
        list.append(
            blocks.paragraph(node->question.text(m_options.language), ReportStyle::Font::Body, ReportStyle::muted()));
    if (node && node->isChecklist()) {
        list.append(checklistBlocks(document, *node));
        return list;
    }
    if (!step.checks.isEmpty())
        list.append(evidence(document, step.checks));
    // Each check's hour is drawn once, where the walk first read it.
    QStringList fresh;
    for (const QString &check : step.checks) {
        const bool skipped = m_readings.value(check).skipped;
        if (!charted.contains(check) && m_history.contains(check) && !skipped)
            fresh.append(check);
    }
    charted.append(fresh);
    list.append(chartBlocks(document, fresh));
    const QColor color = step.manual ? ReportStyle::stateText(State::Warning) : ReportStyle::ink();
    list.append(blocks.paragraph(decision(words, index), ReportStyle::Font::Strong, color));
    return list;
}

QList<ReportBlock> DiagnosisPdf::checklistBlocks(const ReportDocument &document, const RunbookNode &node) const
{
    const TextBlocks blocks(document.style(), document.width());
    const ChecklistTable table(document.style(), document.text());
    QList<ReportBlock> list;
    for (const ChecklistSection &section : node.sections) {
        list.append(blocks.heading(section.title.text(m_options.language), ReportStyle::Font::Strong));
        QList<ChecklistTable::Row> rows;
        for (const ChecklistItem &item : section.items)
            rows.append(checklistRow(document.text(), node.id, item));
        list.append(table.block(rows, document.width(), document.bodyHeight()));
    }
    return list;
}

ChecklistTable::Row DiagnosisPdf::checklistRow(const ReportText &words, const QString &node,
                                               const ChecklistItem &item) const
{
    ChecklistTable::Row row;
    row.text = item.text.text(m_options.language);
    row.manual = item.isManual();
    if (item.isManual()) {
        const ChecklistTick tick = m_ticks.value({node, item.id});
        row.ticked = tick.ticked;
        if (!tick.note.isEmpty())
            row.detail = text(words, QT_TR_NOOP("Note: %1")).arg(tick.note);
        return row;
    }
    row.state = m_itemStates.value({node, item.id}, State::Unknown);
    QStringList read;
    for (const QString &check : item.checks) {
        const Reading reading = m_readings.value(check);
        QString value = reading.error ? text(words, QT_TR_NOOP("could not be read: %1")).arg(reading.error->message)
            : reading.skipped         ? text(words, QT_TR_NOOP("skipped"))
            : reading.state == State::NotApplicable ? reading.reason.text(m_options.language)
                                                    : words.units().format(reading.value, reading.unit);
        if (!reading.error && !reading.skipped && !reading.thresholds.isEmpty())
            value += QStringLiteral(" (") + words.thresholds(reading.thresholds, reading.unit) + QLatin1Char(')');
        read.append(checkTitle(check) + QStringLiteral(": ") + value);
    }
    row.detail = read.join(QStringLiteral("; "));
    return row;
}

QList<ReportBlock> DiagnosisPdf::closingBlocks(const ReportDocument &document) const
{
    const ReportText &words = document.text();
    const TextBlocks blocks(document.style(), document.width());
    QList<ReportBlock> list;
    if (!m_failed.isEmpty()) {
        list.append(blocks.heading(text(words, QT_TR_NOOP("Could not be read"))));
        for (const Reading &reading : m_failed)
            list.append(
                blocks.paragraph(QStringLiteral("%1: %2").arg(checkTitle(reading.check), reading.error->message),
                                 ReportStyle::Font::Body, ReportStyle::stateText(State::Critical)));
    }
    list.append(blocks.heading(text(words, QT_TR_NOOP("Notes"))));
    if (m_notes.trimmed().isEmpty())
        list.append(blocks.paragraph(text(words, QT_TR_NOOP("No notes were written.")), ReportStyle::Font::Body,
                                     ReportStyle::muted()));
    else
        list.append(blocks.paragraph(m_notes.trimmed(), ReportStyle::Font::Body));
    return list;
}

} // namespace lotse
