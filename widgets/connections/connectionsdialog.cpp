#include "connections/connectionsdialog.h"

#include "connections/connectionform.h"
#include "sources/sourcekinds.h"
#include "style/statepalette.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

namespace lotse {

ConnectionsDialog::ConnectionsDialog(const QList<Connection> &connections, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget)
    , m_add(new QPushButton)
    , m_addMenu(new QMenu(this))
    , m_remove(new QPushButton)
    , m_import(new QPushButton)
    , m_export(new QPushButton)
    , m_editor(new QWidget)
    , m_form(new ConnectionForm)
    , m_test(new QPushButton)
    , m_result(new QLabel)
    , m_empty(new QLabel)
    , m_commandLine(new QLabel)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, StatePalette::textColor(State::Critical, palette()));
    m_problem->setPalette(problemPalette);

    auto *columns = new QHBoxLayout;
    columns->addLayout(createList(), 1);
    columns->addLayout(createEditor(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connectButtons();

    // Room for "name — kind" entries and the form; within 1280×800 at any scale.
    const QFontMetrics metrics = fontMetrics();
    QSize size(metrics.averageCharWidth() * 150, metrics.lineSpacing() * 38);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    resize(size.expandedTo(minimumSizeHint()));

    for (const Connection &connection : connections) {
        if (!connection.name.isEmpty())
            m_initialNames.append(connection.name);
    }
    retranslate();
    setConnections(connections);
}

QLayout *ConnectionsDialog::createList()
{
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    for (const SourceKind *kind : SourceKinds::all()) {
        QAction *action = m_addMenu->addAction(QString());
        action->setObjectName(QStringLiteral("add") + kind->codeName());
        connect(action, &QAction::triggered, this, [this, kind] { addConnection(*kind); });
        m_addActions.append(action);
    }
    m_add->setMenu(m_addMenu);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_import);
    fileButtons->addWidget(m_export);
    fileButtons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addLayout(fileButtons);
    m_commandLine->setObjectName(QStringLiteral("commandLineSources"));
    m_commandLine->setWordWrap(true);
    m_commandLine->setTextFormat(Qt::PlainText);
    m_commandLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commandLine->hide();
    left->addWidget(m_commandLine);
    return left;
}

QLayout *ConnectionsDialog::createEditor()
{
    m_test->setObjectName(QStringLiteral("testButton"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setTextFormat(Qt::PlainText);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    auto *editor = new QVBoxLayout(m_editor);
    editor->setContentsMargins(0, 0, 0, 0);
    editor->addWidget(m_form);
    editor->addLayout(testRow);
    editor->addWidget(m_result);
    editor->addStretch(1);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *right = new QVBoxLayout;
    right->addWidget(m_editor, 1);
    right->addWidget(m_empty, 1);
    return right;
}

void ConnectionsDialog::connectButtons()
{
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::select);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeCurrent);
    connect(m_import, &QPushButton::clicked, this, &ConnectionsDialog::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &ConnectionsDialog::chooseExport);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::test);
    connect(m_form, &ConnectionForm::edited, this, &ConnectionsDialog::takeEdit);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Keyboard: Del removes from the list, Ctrl+T tests from anywhere.
    auto *remove = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ConnectionsDialog::removeCurrent);
    auto *test = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    connect(test, &QShortcut::activated, this, [this] {
        if (m_test->isEnabled())
            this->test();
    });
}

ConnectionsDialog::Row ConnectionsDialog::makeRow(const Connection &connection) const
{
    return {ConnectionDraft::of(connection, m_initialNames.contains(connection.name))};
}

QList<Connection> ConnectionsDialog::connections() const
{
    QList<Connection> result;
    for (const Row &row : m_rows)
        result.append(row.draft.edited());
    return result;
}

QHash<QString, QString> ConnectionsDialog::typedSecrets() const
{
    QHash<QString, QString> secrets;
    for (const Row &row : m_rows) {
        if (!row.draft.typedSecret.isEmpty())
            secrets.insert(row.draft.connection.name, row.draft.typedSecret);
    }
    return secrets;
}

QStringList ConnectionsDialog::removedNames() const
{
    QStringList removed;
    for (const QString &name : m_initialNames) {
        const bool kept = std::any_of(m_rows.cbegin(), m_rows.cend(), [&name](const Row &row) {
            return row.draft.originalName == name && row.draft.connection.name == name;
        });
        if (!kept && !removed.contains(name))
            removed.append(name);
    }
    return removed;
}

void ConnectionsDialog::setConnections(const QList<Connection> &connections)
{
    QHash<QString, QString> secrets = typedSecrets();
    m_rows.clear();
    for (const Connection &connection : connections) {
        Row row = makeRow(connection);
        row.draft.typedSecret = secrets.take(connection.name);
        m_rows.append(row);
    }
    m_current = -1;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            m_list->addItem(QString());
            updateListItem(int(i));
        }
    }
    select(m_rows.isEmpty() ? -1 : 0);
}

void ConnectionsDialog::showTestResult(const QString &name, bool ok, const QString &text)
{
    const int index = rowOf(name);
    if (index < 0)
        return;
    Row &row = m_rows[index];
    row.testing = false;
    row.hasResult = true;
    row.resultOk = ok;
    row.resultText = text;
    if (index == m_current)
        showResult();
}

void ConnectionsDialog::setPinnedCertificate(const QString &name, const QByteArray &sha256)
{
    const int index = rowOf(name);
    if (index < 0)
        return;
    m_rows[index].draft.connection.tls.pinnedSha256 = sha256.toLower();
    if (index == m_current)
        m_form->setPinnedCertificate(sha256.toLower());
}

void ConnectionsDialog::addConnection(const SourceKind &kind)
{
    Connection connection;
    connection.kind = kind.id();
    const QString base = kind.id();
    connection.name = base;
    for (int n = 2; rowOf(connection.name) >= 0; ++n)
        connection.name = base + QLatin1Char('-') + QString::number(n);
    // A new connection, even if an old one had this name: no secret is stored for it.
    m_rows.append({ConnectionDraft::of(connection, false)});
    m_list->addItem(QString());
    updateListItem(int(m_rows.size() - 1));
    m_list->setCurrentRow(int(m_rows.size() - 1));
    m_form->focusName();
}

void ConnectionsDialog::removeCurrent()
{
    if (m_current < 0)
        return;
    const int index = m_current;
    m_rows.removeAt(index);
    m_current = -1;
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(index);
    }
    const int next = m_rows.isEmpty() ? -1 : std::min(index, int(m_rows.size() - 1));
    m_list->setCurrentRow(next);
    select(next);
}

void ConnectionsDialog::select(int row)
{
    m_current = row >= 0 && row < m_rows.size() ? row : -1;
    if (m_list->currentRow() != m_current) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_current);
    }
    loadForm();
    validate();
}

void ConnectionsDialog::loadForm()
{
    const Row *row = current();
    m_editor->setVisible(row != nullptr);
    m_empty->setVisible(row == nullptr);
    m_remove->setEnabled(row != nullptr);
    m_form->load(row ? row->draft : ConnectionDraft());
    showResult();
}

void ConnectionsDialog::takeEdit()
{
    Row *row = current();
    if (!row)
        return;
    row->draft = m_form->draft();
    updateListItem(m_current);
    validate();
}

void ConnectionsDialog::updateListItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item || row >= m_rows.size())
        return;
    const Connection &connection = m_rows.at(row).draft.connection;
    const QString name = connection.name.isEmpty() ? tr("(unnamed)") : connection.name;
    const SourceKind *kind = SourceKinds::find(connection.kind);
    item->setText(tr("%1 — %2").arg(name, kind ? kind->displayName() : connection.kind));
    item->setData(Qt::UserRole, connection.name);
}

void ConnectionsDialog::showResult()
{
    const Row *row = current();
    if (!row || (!row->testing && !row->hasResult)) {
        m_result->clear();
        m_result->hide();
        return;
    }
    QPalette palette = this->palette();
    if (!row->testing) {
        palette.setColor(QPalette::WindowText,
                         StatePalette::textColor(row->resultOk ? State::Good : State::Critical, this->palette()));
    }
    m_result->setPalette(palette);
    m_result->setText(row->testing ? tr("Testing…") : row->resultText);
    m_result->show();
}

void ConnectionsDialog::chooseImport()
{
    auto *dialog = new QFileDialog(this, tr("Import connections"), QString(), tr("YAML files (*.yaml *.yml)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ConnectionsDialog::importRequested);
    dialog->open();
}

void ConnectionsDialog::chooseExport()
{
    auto *dialog = new QFileDialog(this, tr("Export connections"), QString(), tr("YAML files (*.yaml *.yml)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("yaml"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { Q_EMIT exportRequested(path, connections()); });
    dialog->open();
}

void ConnectionsDialog::test()
{
    Row *row = current();
    if (!row)
        return;
    row->testing = true;
    row->hasResult = false;
    showResult();
    Q_EMIT testRequested(row->draft.edited(), row->draft.typedSecret);
}

void ConnectionsDialog::validate()
{
    QString problem;
    QStringList seen;
    for (qsizetype i = 0; i < m_rows.size() && problem.isEmpty(); ++i) {
        const ConnectionDraft &draft = m_rows.at(i).draft;
        const Connection &connection = draft.connection;
        if (connection.name.isEmpty())
            problem = tr("Connection %1 in the list has no name.").arg(i + 1);
        else if (seen.contains(connection.name))
            problem = tr("Two connections are named “%1”: names must be unique.").arg(connection.name);
        else if (connection.address.isEmpty())
            problem = tr("“%1” has no address.").arg(connection.name);
        else if (const int badLine = draft.badHeaderLine())
            problem
                = tr("“%1”: extra header line %2 is not of the form “Name: value”.").arg(connection.name).arg(badLine);
        seen.append(connection.name);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_export->setEnabled(problem.isEmpty() && !m_rows.isEmpty());
    const Row *row = current();
    m_test->setEnabled(row && !row->draft.connection.name.isEmpty() && !row->draft.connection.address.isEmpty());
}

void ConnectionsDialog::setCommandLineSources(const QStringList &sources)
{
    m_commandLineSources = sources;
    m_commandLine->setVisible(!sources.isEmpty());
    retranslate();
}

void ConnectionsDialog::retranslate()
{
    setWindowTitle(tr("Connections"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected connection (Del)"));
    for (qsizetype i = 0; i < m_addActions.size(); ++i)
        m_addActions.at(i)->setText(SourceKinds::all().at(i)->displayName());
    m_empty->setText(tr("No connections yet. Add one with Add."));
    m_commandLine->setText(tr("Given on the command line, for this session only (not saved):") + QLatin1Char('\n')
                           + m_commandLineSources.join(QLatin1Char('\n')));
    m_test->setText(tr("&Test"));
    m_test->setToolTip(tr("Connect and show the server's version (Ctrl+T)"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("E&xport…"));
    for (int i = 0; i < m_list->count(); ++i)
        updateListItem(i);
    showResult();
    validate();
}

void ConnectionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

ConnectionsDialog::Row *ConnectionsDialog::current()
{
    return m_current >= 0 && m_current < m_rows.size() ? &m_rows[m_current] : nullptr;
}

int ConnectionsDialog::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).draft.connection.name == name)
            return int(i);
    }
    return -1;
}

} // namespace lotse
