#include "diagnosis/diagnosisreport.h"

#include "core/localization.h"
#include "diagnosis/checklistreport.h"

#include <QJsonArray>
#include <QTextStream>

namespace lotse {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

} // namespace

QString DiagnosisReport::stateName(State state)
{
    switch (state) {
    case State::Good: return DiagnosisReport::tr("good");
    case State::Warning: return DiagnosisReport::tr("warning");
    case State::Critical: return DiagnosisReport::tr("critical");
    case State::Unknown: return DiagnosisReport::tr("unknown");
    case State::NotApplicable: return DiagnosisReport::tr("n/a");
    }
    return {};
}

QJsonObject DiagnosisReport::evidenceJson(const Reading &reading, const QString &language)
{
    QJsonObject entry{
        {QStringLiteral("check"), reading.check},          {QStringLiteral("value"), number(reading.value)},
        {QStringLiteral("unit"), unitName(reading.unit)},  {QStringLiteral("threshold"), number(reading.threshold())},
        {QStringLiteral("state"), stateId(reading.state)}, {QStringLiteral("query"), reading.query}};
    if (reading.error)
        entry.insert(QStringLiteral("error"), reading.error->message);
    if (reading.state == State::NotApplicable)
        entry.insert(QStringLiteral("reason"), reading.reason.text(language));
    return entry;
}

QJsonObject DiagnosisReport::json(const DiagnosisSession &session, const QString &language)
{
    const Runbook &runbook = session.runbook();
    QJsonArray findings;
    for (const Finding &finding : session.findings()) {
        QJsonArray evidence;
        for (const QString &check : finding.evidence) {
            const Reading *reading = session.reading(check);
            if (reading && !reading->skipped)
                evidence.append(evidenceJson(*reading, language));
        }
        QJsonObject entry{{QStringLiteral("slug"), finding.slug},
                          {QStringLiteral("severity"), stateId(finding.severity)},
                          {QStringLiteral("title"), session.findingTitle(finding).text(language)},
                          {QStringLiteral("evidence"), evidence}};
        if (finding.manual)
            entry.insert(QStringLiteral("manual"), true);
        findings.append(entry);
    }
    QJsonArray path;
    for (const DiagnosisStep &step : session.steps())
        path.append(step.node);
    QJsonArray errors;
    for (const Reading &reading : session.failedReadings()) {
        errors.append(QJsonObject{{QStringLiteral("check"), reading.check},
                                  {QStringLiteral("kind"), reading.error->kindId()},
                                  {QStringLiteral("message"), reading.error->message}});
    }
    QJsonObject report{{QStringLiteral("runbook"), runbook.id},
                       {QStringLiteral("version"), runbook.version},
                       {QStringLiteral("at"), session.at().toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("verdict"), DiagnosisSession::verdictId(session.verdict())},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("variables"), runbook.values.toJson()}};
    if (!errors.isEmpty())
        report.insert(QStringLiteral("errors"), errors);
    if (const QJsonArray checklist = ChecklistReport::json(session, language); !checklist.isEmpty())
        report.insert(QStringLiteral("checklist"), checklist);
    return report;
}

QString DiagnosisReport::describe(const Reading &reading, const QLocale &locale)
{
    const UnitFormatter format(locale);
    if (reading.absent)
        return tr("not there: the source has no such series");
    if (reading.skipped)
        return tr("not read: its source is not configured");
    if (reading.error)
        return tr("could not be read: %1").arg(reading.error->message);
    if (reading.state == State::NotApplicable)
        return tr("n/a: %1").arg(reading.reason.text(locale.name()));
    QString text = format.format(reading.value, reading.unit);
    const double threshold = reading.threshold();
    if (std::isnan(threshold))
        return text;
    return tr("%1 (%2, threshold %3)").arg(text, stateName(reading.state), format.format(threshold, reading.unit));
}

QString DiagnosisReport::decisionText(const DiagnosisSession &session, int index, const QString &language)
{
    const DiagnosisStep &step = session.steps().at(index);
    const RunbookNode *node = session.runbook().node(step.node);
    if (!node || node->isLeaf() || node->isChecklist())
        return {};
    if (step.undecided && step.taken.isEmpty())
        return tr("The checks could not decide which way to go.");
    if (step.taken.isEmpty())
        return tr("No branch holds: nothing to follow from here.");
    QStringList parts;
    for (int branch : step.taken) {
        const Branch *chosen = node->branch(branch);
        if (!chosen)
            continue;
        const Branch &taken = *chosen;
        const RunbookNode *target = session.runbook().node(taken.target);
        QString because = taken.because.text(language);
        if (because.isEmpty() && taken.otherwise)
            because = tr("no other branch holds");
        if (because.isEmpty() && taken.manual)
            because = taken.label.text(language);
        const QString name = target ? target->title.text(language) : taken.target;
        parts.append(because.isEmpty() ? name : tr("%1 (%2)").arg(name, because));
    }
    const QString chosen = parts.join(QStringLiteral("; "));
    return step.manual ? tr("Chosen by hand: %1").arg(chosen) : tr("Next: %1").arg(chosen);
}

QString DiagnosisReport::text(const DiagnosisSession &session, const QString &language)
{
    const QLocale locale = Localization::localeOf(language);
    const Runbook &runbook = session.runbook();
    QString out;
    QTextStream stream(&out);
    stream << tr("%1 (runbook %2, version %3) at %4")
                  .arg(runbook.title.text(language), runbook.id)
                  .arg(runbook.version)
                  .arg(locale.toString(session.at().toLocalTime(), QLocale::ShortFormat))
           << "\n\n";
    for (int index = 0; index < session.steps().size(); ++index) {
        const DiagnosisStep &step = session.steps().at(index);
        const RunbookNode *node = runbook.node(step.node);
        stream << index + 1 << ". " << (node ? node->title.text(language) : step.node) << '\n';
        // A checklist names each check under its item instead.
        for (const QString &check : node && node->isChecklist() ? QStringList() : step.checks) {
            const Reading *reading = session.reading(check);
            const CheckSpec *spec = runbook.check(check);
            if (reading && spec)
                stream << "   " << spec->title.text(language) << ": " << describe(*reading, locale) << '\n';
        }
        ChecklistReport::text(stream, session, index, language);
        const QString decision = decisionText(session, index, language);
        if (!decision.isEmpty())
            stream << "   → " << decision << '\n';
    }
    stream << '\n';
    const QList<Finding> findings = session.findings();
    if (!findings.isEmpty()) {
        stream << tr("Findings:") << '\n';
        for (const Finding &finding : findings) {
            stream << "  [" << stateName(finding.severity) << "] " << finding.slug << " — "
                   << session.findingTitle(finding).text(language)
                   << (finding.manual ? tr(" (chosen by hand)") : QString()) << '\n';
        }
    }
    for (const Reading &reading : session.failedReadings())
        stream << tr("Could not read %1: %2").arg(reading.check, reading.error->message) << '\n';
    switch (session.verdict()) {
    case DiagnosisSession::Verdict::Healthy: stream << tr("Verdict: healthy: no runbook rule holds.") << '\n'; break;
    case DiagnosisSession::Verdict::Findings:
        stream << tr("Verdict: %n finding(s).", nullptr, int(findings.size())) << '\n';
        break;
    case DiagnosisSession::Verdict::Error:
        stream << tr("Verdict: error: the diagnosis could not be completed, so it cannot say the system is healthy.")
               << '\n';
        break;
    case DiagnosisSession::Verdict::Incomplete: stream << tr("Verdict: incomplete.") << '\n'; break;
    }
    stream.flush();
    return out;
}

int DiagnosisReport::exitCode(const DiagnosisSession &session)
{
    switch (session.verdict()) {
    case DiagnosisSession::Verdict::Healthy: return 0;
    case DiagnosisSession::Verdict::Findings: return 1;
    default: return 2;
    }
}

} // namespace lotse
