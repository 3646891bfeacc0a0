#include "databases/databaseplandialog.h"

#include "databases/databasenotice.h"
#include "databases/databaseplantree.h"
#include "sources/postgres/postgressource.h"
#include "sources/postgres/sqlguard.h"
#include "common/timetext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lotse {

namespace {

QTreeWidgetItem *nextItem(QTreeWidgetItem *item, QTreeWidget *tree)
{
    if (item->childCount() > 0)
        return item->child(0);
    while (item) {
        QTreeWidgetItem *parent = item->parent();
        const int index = parent ? parent->indexOfChild(item) : tree->indexOfTopLevelItem(item);
        const int siblings = parent ? parent->childCount() : tree->topLevelItemCount();
        if (index + 1 < siblings)
            return parent ? parent->child(index + 1) : tree->topLevelItem(index + 1);
        item = parent;
    }
    return nullptr;
}

} // namespace

DatabasePlanDialog::DatabasePlanDialog(PostgresSource *source, const QString &statement, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_statement(new QPlainTextEdit(statement.trimmed()))
    , m_parameters(new DatabaseNotice)
    , m_explain(new QPushButton)
    , m_analyze(new QPushButton)
    , m_status(new QLabel)
    , m_error(new DatabaseNotice)
    , m_tree(new DatabasePlanTree)
    , m_advice(new QTextBrowser)
{
    setObjectName(QStringLiteral("DatabasePlanDialog"));
    m_statement->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_statement->setMaximumHeight(m_statement->fontMetrics().lineSpacing() * 6);
    m_statement->setTabChangesFocus(true);
    connect(m_statement, &QPlainTextEdit::textChanged, this, &DatabasePlanDialog::updateOffers);
    m_parameters->setState(State::Warning);
    m_error->hide();
    m_status->setTextFormat(Qt::PlainText);
    m_explain->setDefault(true);
    connect(m_explain, &QPushButton::clicked, this, &DatabasePlanDialog::explain);
    connect(m_analyze, &QPushButton::clicked, this, &DatabasePlanDialog::explainAnalyze);
    m_advice->setOpenLinks(false);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_explain);
    actions->addWidget(m_analyze);
    actions->addSpacing(fontMetrics().averageCharWidth() * 2);
    actions->addWidget(m_status, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tree);
    split->addWidget(m_advice);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statement);
    layout->addWidget(m_parameters);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().lineSpacing() * 40);
    retranslate();
    updateOffers();
    // A statement with its constants in place is planned at once; one with
    // placeholders waits for values.
    if (!hasParameters())
        explain();
}

QString DatabasePlanDialog::statement() const
{
    return m_statement->toPlainText().trimmed();
}

bool DatabasePlanDialog::isBusy() const
{
    return m_reply != nullptr;
}

QMessageBox *DatabasePlanDialog::analyzeWarning() const
{
    return m_warning;
}

QString DatabasePlanDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool DatabasePlanDialog::hasParameters() const
{
    return SqlGuard::hasParameters(statement());
}

void DatabasePlanDialog::updateOffers()
{
    const bool parameters = hasParameters();
    m_parameters->setVisible(parameters);
    const auto analyzable = SqlGuard::checkAnalyzable(statement());
    const bool idle = !m_reply && m_source;
    m_explain->setEnabled(idle && !statement().isEmpty());
    m_analyze->setEnabled(idle && analyzable && !parameters);
    m_analyze->setToolTip(!analyzable      ? analyzable.error().message
                              : parameters ? tr("Put values in place of the parameters first.")
                                           : tr("Runs the statement on the server to measure each node."));
}

void DatabasePlanDialog::explain()
{
    request(false);
}

void DatabasePlanDialog::explainAnalyze()
{
    if (m_warning)
        return;
    m_warning = new QMessageBox(QMessageBox::Warning, tr("Run the statement?"),
                                tr("EXPLAIN ANALYZE runs the statement on %1 to measure it: it takes as long as the "
                                   "statement takes and reads everything the statement reads.")
                                    .arg(m_source ? m_source->location() : QString()),
                                QMessageBox::Cancel, this);
    m_warning->setInformativeText(tr("Lotse runs it in a read-only transaction under the statement timeout. Run it "
                                     "on a production server only when that load is acceptable."));
    QPointer<QPushButton> run = m_warning->addButton(tr("Run EXPLAIN ANALYZE"), QMessageBox::AcceptRole);
    m_warning->setDefaultButton(QMessageBox::Cancel);
    m_warning->setAttribute(Qt::WA_DeleteOnClose);
    // Not exec(): the window keeps refreshing while the warning is read.
    connect(m_warning, &QMessageBox::finished, this, [this, run] {
        if (m_warning && run && m_warning->clickedButton() == run)
            request(true);
    });
    m_warning->open();
}

void DatabasePlanDialog::request(bool analyze)
{
    if (m_reply || !m_source || statement().isEmpty())
        return;
    m_analyzing = analyze;
    // A dialog closed before the plan came takes the request with it.
    m_reply = m_source->explain(statement(), analyze);
    m_reply->onFinished(this, [this](QueryReply::Result result) { onAnswer(result); });
    m_status->setText(analyze ? tr("Running EXPLAIN ANALYZE…") : tr("Planning…"));
    updateOffers();
}

void DatabasePlanDialog::onAnswer(const QueryReply::Result &result)
{
    m_reply = nullptr;
    m_error->setVisible(!result);
    if (!result) {
        m_error->setText(tr("The plan could not be read: %1").arg(result.error().message));
        m_status->clear();
    } else {
        m_planned = QDateTime::currentDateTime();
        m_tree->setPlan(result->text.toUtf8(), result->table);
        showAdvice(result->text);
    }
    updateOffers();
    Q_EMIT answered();
}

void DatabasePlanDialog::showAdvice(const QString &json)
{
    const QJsonObject top = QJsonDocument::fromJson(json.toUtf8()).array().at(0).toObject();
    const QLocale locale;
    m_status->setText(m_tree->isAnalyzed()
                          ? tr("Analyzed at %1: planned in %2 ms, ran in %3 ms.")
                                .arg(TimeText::clock(m_planned),
                                     locale.toString(top.value(QStringLiteral("Planning Time")).toDouble(), 'f', 3),
                                     locale.toString(top.value(QStringLiteral("Execution Time")).toDouble(), 'f', 3))
                          : tr("Planned at %1; nothing was run.").arg(TimeText::clock(m_planned)));
    QString html;
    for (QTreeWidgetItem *item = m_tree->topLevelItem(0); item; item = nextItem(item, m_tree)) {
        const QString advice = item->data(DatabasePlanTree::AdviceColumn, Qt::UserRole).toString();
        if (advice.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b> · %2<br>%3</p>")
                    .arg(item->text(DatabasePlanTree::AdviceColumn).toHtmlEscaped(),
                         item->text(DatabasePlanTree::NodeColumn).toHtmlEscaped(), advice.toHtmlEscaped());
    }
    if (html.isEmpty()) {
        html = QStringLiteral("<p>%1</p>")
                   .arg(tr("Nothing to advise: no sequential scan, costly nested loop, large "
                           "sort or hash join without an index in this plan.")
                            .toHtmlEscaped());
    }
    m_advice->setHtml(html);
}

void DatabasePlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DatabasePlanDialog::retranslate()
{
    setWindowTitle(tr("Plan Advice — %1").arg(m_source ? m_source->name() : QString()));
    m_statement->setPlaceholderText(tr("A statement to plan"));
    m_parameters->setText(tr("pg_stat_statements recorded this statement with its constants replaced by $1, $2, …. "
                             "Put values in their place, then choose Explain."));
    m_explain->setText(tr("&Explain"));
    m_explain->setToolTip(tr("Plans the statement without running it"));
    m_analyze->setText(tr("Explain &ANALYZE…"));
    updateOffers();
}

} // namespace lotse
