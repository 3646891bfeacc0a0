#include "dashboard/kpidetailsdialog.h"

#include "core/localization.h"
#include "dashboard/kpicard.h"
#include "dashboard/kpimodel.h"
#include "dashboard/seriesprobe.h"
#include "style/statepalette.h"
#include "common/timetext.h"
#include "common/paletteicon.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lotse {

namespace {

QLabel *selectableLabel()
{
    auto *label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

KpiDetailsDialog::KpiDetailsDialog(KpiModel *model, int row, QString sourceText, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_row(row)
    , m_sourceText(std::move(sourceText))
    , m_form(new QFormLayout)
    , m_title(new QLabel)
    , m_value(selectableLabel())
    , m_state(new QLabel)
    , m_thresholds(selectableLabel())
    , m_query(new QPlainTextEdit)
    , m_source(selectableLabel())
    , m_readAt(selectableLabel())
    , m_error(selectableLabel())
    , m_warnings(selectableLabel())
    , m_runbook(selectableLabel())
    , m_atCursor(selectableLabel())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
    , m_diagnose(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_query->setReadOnly(true);
    m_query->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_query->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_query->setFixedHeight(m_query->fontMetrics().lineSpacing() * 5);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (QWidget *field : std::initializer_list<QWidget *>{m_value, m_state, m_thresholds, m_query, m_source, m_readAt,
                                                           m_error, m_warnings, m_runbook, m_atCursor})
        m_form->addRow(new QLabel, field);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);

    m_diagnose->setIcon(PaletteIcon::named(QStringLiteral("diagnose")));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_diagnose, &QPushButton::clicked, this, &KpiDetailsDialog::requestDiagnosis);
    if (m_model) {
        connect(m_model, &KpiModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (m_row >= topLeft.row() && m_row <= bottomRight.row())
                        refresh();
                });
    }
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    retranslate();
}

QString KpiDetailsDialog::stateText(State state)
{
    switch (state) {
    case State::Good: return tr("Good");
    case State::Warning: return tr("Warning");
    case State::Critical: return tr("Critical");
    case State::NotApplicable: return tr("Not applicable");
    case State::Unknown: break;
    }
    return tr("Unknown");
}

void KpiDetailsDialog::setRunbookTitles(const LocalizedText &runbook, const LocalizedText &node)
{
    m_runbookTitle = runbook;
    m_nodeTitle = node;
    refresh();
}

QString KpiDetailsDialog::bandText(State band, bool higher, bool included, const QString &value)
{
    // The guides write "1000 – 5000" as a band that holds from 1000 on, so the
    // words say whether the edge itself is in the band.
    if (band == State::Warning) {
        if (higher)
            return included ? tr("warning from %1").arg(value) : tr("warning above %1").arg(value);
        return included ? tr("warning at %1 or below").arg(value) : tr("warning below %1").arg(value);
    }
    if (higher)
        return included ? tr("critical from %1").arg(value) : tr("critical above %1").arg(value);
    return included ? tr("critical at %1 or below").arg(value) : tr("critical below %1").arg(value);
}

QString KpiDetailsDialog::thresholdsText(const Thresholds &thresholds, Unit unit, const QString &language)
{
    const UnitFormatter units{QLocale(language)};
    const bool higher = thresholds.direction == Thresholds::Direction::HigherIsWorse;
    QStringList bands;
    if (thresholds.warning)
        bands.append(
            bandText(State::Warning, higher, thresholds.warningIncluded, units.format(*thresholds.warning, unit)));
    if (thresholds.critical)
        bands.append(
            bandText(State::Critical, higher, thresholds.criticalIncluded, units.format(*thresholds.critical, unit)));
    return bands.isEmpty() ? tr("none: the value is shown without judging it") : bands.join(QStringLiteral(", "));
}

bool KpiDetailsDialog::needsDiagnosis(State state)
{
    return state == State::Warning || state == State::Critical;
}

void KpiDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void KpiDetailsDialog::retranslate()
{
    const std::pair<QWidget *, QString> labels[] = {
        {m_value, tr("Value")},           {m_state, tr("State")},
        {m_thresholds, tr("Thresholds")}, {m_query, tr("Query")},
        {m_source, tr("Source")},         {m_readAt, tr("Last read")},
        {m_error, tr("Error")},           {m_warnings, tr("Warnings")},
        {m_runbook, tr("Runbook")},       {m_atCursor, tr("At the cursor")},
    };
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    }
    m_diagnose->setText(tr("Diagnose…"));
    m_diagnose->setToolTip(tr("Start the guided diagnosis at this KPI's runbook"));
    refresh();
}

void KpiDetailsDialog::showRow(QWidget *field, bool visible)
{
    m_form->setRowVisible(field, visible);
}

void KpiDetailsDialog::refresh()
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->index(m_row);
    const auto state = index.data(KpiModel::StateRole).value<State>();
    const QString error = index.data(KpiModel::ErrorRole).toString();
    const QString runbook = index.data(KpiModel::RunbookRole).toString();
    const QString node = index.data(KpiModel::NodeRole).toString();
    const QDateTime readAt = index.data(KpiModel::ReadAtRole).toDateTime();
    const KpiValue &value = m_model->value(m_row);

    setWindowTitle(index.data(KpiModel::TitleRole).toString());
    m_title->setText(index.data(KpiModel::TitleRole).toString());
    m_value->setText(index.data(KpiModel::TextRole).toString());
    const KpiSpec &spec = m_model->spec(m_row);
    const bool judged = !KpiCard::isNeutral(state, spec.thresholds);
    m_state->setText(judged ? KpiCard::stateSymbol(state) + QLatin1Char(' ') + stateText(state) : tr("Not judged"));
    m_thresholds->setText(thresholdsText(spec.thresholds, spec.unit, Localization::current()));
    QPalette statePalette = m_state->palette();
    statePalette.setColor(QPalette::WindowText,
                          judged ? StatePalette::textColor(state, palette()) : palette().color(QPalette::Text));
    m_state->setPalette(statePalette);
    if (m_query->toPlainText() != m_model->spec(m_row).query)
        m_query->setPlainText(m_model->spec(m_row).query);
    m_source->setText(m_sourceText);
    m_readAt->setText(readAt.isValid() ? TimeText::dateAndClock(readAt) : tr("Never"));
    if (index.data(KpiModel::StaleRole).toBool())
        m_readAt->setText(tr("%1 (stale)").arg(m_readAt->text()));
    m_error->setText(error);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatePalette::textColor(State::Critical, palette()));
    m_error->setPalette(errorPalette);
    showRow(m_error, !error.isEmpty());
    m_warnings->setText(value.warnings.join(QLatin1Char('\n')));
    showRow(m_warnings, !value.warnings.isEmpty());
    // Titles, not ids; until the runbook is read, its id stands in and its node is left out.
    const QString language = Localization::current();
    const QString runbookTitle = m_runbookTitle.isEmpty() ? runbook : m_runbookTitle.text(language);
    m_runbook->setText(node.isEmpty() || m_nodeTitle.isEmpty()
                           ? runbookTitle
                           : tr("%1, starting at “%2”").arg(runbookTitle, m_nodeTitle.text(language)));
    showRow(m_runbook, !runbook.isEmpty());
    m_diagnose->setVisible(!runbook.isEmpty() && needsDiagnosis(state));
    showCursorValue(value.sparkline, spec.unit);
}

void KpiDetailsDialog::setCursorAt(const QDateTime &at)
{
    m_cursorAt = at;
    refresh();
}

QString KpiDetailsDialog::cursorText() const
{
    return m_atCursor->text();
}

void KpiDetailsDialog::showCursorValue(const Series &sparkline, Unit unit)
{
    showRow(m_atCursor, m_cursorAt.isValid());
    if (!m_cursorAt.isValid())
        return;
    // The sparkline is thinned to the card: any point within a column of it counts.
    const double column = sparkline.size() > 1
        ? 3 * (sparkline.times.back() - sparkline.times.front()) / double(sparkline.size() - 1)
        : 0;
    const auto sample = SeriesProbe::at(sparkline, double(m_cursorAt.toMSecsSinceEpoch()) / 1000.0, column);
    const QString at = TimeText::dateAndClock(m_cursorAt.toLocalTime());
    m_atCursor->setText(sample ? tr("%1 at %2").arg(UnitFormatter(QLocale()).format(sample->value, unit), at)
                               : tr("No value at %1").arg(at));
}

void KpiDetailsDialog::requestDiagnosis()
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->index(m_row);
    Q_EMIT diagnoseRequested(index.data(KpiModel::RunbookRole).toString(), index.data(KpiModel::NodeRole).toString());
    accept();
}

} // namespace lotse
