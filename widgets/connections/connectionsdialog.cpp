#include "connections/connectionsdialog.h"

#include "style/statepalette.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <optional>

namespace lotse {

namespace {

using Kind = Connection::Kind;
using Auth = PrometheusSettings::Auth;

constexpr Kind kKinds[] = {Kind::Prometheus, Kind::Postgres, Kind::Redis, Kind::ClickHouse};
constexpr Auth kAuths[] = {Auth::None, Auth::Basic, Auth::Bearer};

bool speaksHttpHeaders(Kind kind)
{
    return kind == Kind::Prometheus || kind == Kind::ClickHouse;
}

/// "Name: value" lines, empty lines skipped; std::nullopt and the 1-based
/// number of the first malformed line otherwise.
std::optional<QList<QPair<QString, QString>>> parseHeaders(const QString &text, int *badLine = nullptr)
{
    QList<QPair<QString, QString>> headers;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? QString() : line.left(colon).trimmed();
        if (name.isEmpty() || name.contains(QLatin1Char(' '))) {
            if (badLine)
                *badLine = int(i + 1);
            return std::nullopt;
        }
        headers.append({name, line.mid(colon + 1).trimmed()});
    }
    return headers;
}

QString headersText(const QList<QPair<QString, QString>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(name + QStringLiteral(": ") + value);
    return lines.join(QLatin1Char('\n'));
}

/// "ab:cd:…" from "abcd…".
QString withColons(const QByteArray &hex)
{
    QStringList pairs;
    const QString text = QString::fromLatin1(hex).toLower();
    for (qsizetype i = 0; i < text.size(); i += 2)
        pairs.append(text.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QPushButton *browseButton(const char *objectName)
{
    auto *button = new QPushButton;
    button->setObjectName(QLatin1String(objectName));
    return button;
}

} // namespace

ConnectionsDialog::ConnectionsDialog(const QList<Connection> &connections, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget)
    , m_add(new QPushButton)
    , m_addMenu(new QMenu(this))
    , m_remove(new QPushButton)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_address(new QLineEdit)
    , m_auth(new QComboBox)
    , m_user(new QLineEdit)
    , m_secret(new QLineEdit)
    , m_secretEnv(new QLineEdit)
    , m_headers(new QPlainTextEdit)
    , m_timeout(new QSpinBox)
    , m_tlsGroup(new QGroupBox)
    , m_tlsForm(new QFormLayout)
    , m_caFile(new QLineEdit)
    , m_clientCert(new QLineEdit)
    , m_clientKey(new QLineEdit)
    , m_caBrowse(browseButton("caFileBrowse"))
    , m_certBrowse(browseButton("clientCertBrowse"))
    , m_keyBrowse(browseButton("clientKeyBrowse"))
    , m_pin(new QLineEdit)
    , m_forgetPin(new QPushButton)
    , m_tlsNote(new QLabel)
    , m_formWidget(new QWidget)
    , m_empty(new QLabel)
    , m_test(new QPushButton)
    , m_result(new QLabel)
    , m_import(new QPushButton)
    , m_export(new QPushButton)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_address->setObjectName(QStringLiteral("address"));
    m_auth->setObjectName(QStringLiteral("auth"));
    m_user->setObjectName(QStringLiteral("user"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secretEnv->setObjectName(QStringLiteral("secretEnv"));
    m_headers->setObjectName(QStringLiteral("headers"));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_tlsGroup->setObjectName(QStringLiteral("tls"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_clientCert->setObjectName(QStringLiteral("clientCert"));
    m_clientKey->setObjectName(QStringLiteral("clientKey"));
    m_pin->setObjectName(QStringLiteral("pin"));
    m_forgetPin->setObjectName(QStringLiteral("forgetPin"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_problem->setObjectName(QStringLiteral("problem"));

    const QFontMetrics metrics = fontMetrics();
    const int charWidth = metrics.averageCharWidth();

    // Left: the list and what changes it.
    const char *const addNames[] = {"addPrometheus", "addPostgres", "addRedis", "addClickHouse"};
    for (size_t i = 0; i < std::size(kKinds); ++i) {
        QAction *action = m_addMenu->addAction(QString());
        action->setObjectName(QLatin1String(addNames[i]));
        const Kind kind = kKinds[i];
        connect(action, &QAction::triggered, this, [this, kind] { addConnection(kind); });
        m_addActions.append(action);
    }
    m_add->setMenu(m_addMenu);
    m_list->setMinimumWidth(charWidth * 34);
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

    // Right: the selected connection.
    for (Kind kind : kKinds)
        m_kind->addItem(QString(), int(kind));
    for (Auth auth : kAuths)
        m_auth->addItem(QString(), int(auth));
    m_secret->setEchoMode(QLineEdit::Password);
    m_headers->setTabChangesFocus(true);
    m_headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headers->setFixedHeight(metrics.lineSpacing() * 4 + 2 * m_headers->frameWidth()
                              + int(2 * m_headers->document()->documentMargin()));
    m_timeout->setRange(0, 3600);
    m_address->setMinimumWidth(charWidth * 36);

    QWidget *const fields[] = {m_name, m_kind, m_address, m_auth, m_user, m_secret, m_secretEnv, m_headers, m_timeout};
    for (QWidget *field : fields) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_formLabels.append(label);
        m_form->addRow(label, field);
    }

    m_pin->setReadOnly(true);
    m_pin->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tlsNote->setWordWrap(true);
    const std::pair<QLineEdit *, QPushButton *> fileRows[]
        = {{m_caFile, m_caBrowse}, {m_clientCert, m_certBrowse}, {m_clientKey, m_keyBrowse}, {m_pin, m_forgetPin}};
    for (const auto &[edit, button] : fileRows) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(button);
        auto *label = new QLabel;
        label->setBuddy(edit);
        m_tlsLabels.append(label);
        m_tlsForm->addRow(label, row);
    }
    m_tlsForm->addRow(m_tlsNote);
    m_tlsGroup->setLayout(m_tlsForm);

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setTextFormat(Qt::PlainText);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);

    auto *formLayout = new QVBoxLayout(m_formWidget);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(m_form);
    formLayout->addWidget(m_tlsGroup);
    formLayout->addLayout(testRow);
    formLayout->addWidget(m_result);
    formLayout->addStretch(1);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *right = new QVBoxLayout;
    right->addWidget(m_formWidget, 1);
    right->addWidget(m_empty, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, StatePalette::textColor(State::Critical, palette()));
    m_problem->setPalette(problemPalette);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // Keyboard: Del removes from the list, Ctrl+T tests from anywhere.
    auto *remove = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ConnectionsDialog::removeCurrent);
    auto *test = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    connect(test, &QShortcut::activated, this, [this] {
        if (m_test->isEnabled())
            this->test();
    });

    // Room for "name — kind" entries and the form; within 1280×800 at any scale.
    QSize size(charWidth * 150, metrics.lineSpacing() * 38);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    resize(size.expandedTo(minimumSizeHint()));

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::select);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeCurrent);
    connect(m_import, &QPushButton::clicked, this, &ConnectionsDialog::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &ConnectionsDialog::chooseExport);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::test);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Each field writes only its own part of the selected connection, so
    // values the form cannot show exactly (a timeout of 2.5 s) survive.
    const auto edit = [this](auto apply) {
        return [this, apply](auto &&...args) {
            Row *row = current();
            if (m_loading || !row)
                return;
            apply(*row, args...);
            updateForKind();
            updateListItem(m_current);
            validate();
        };
    };
    connect(m_name, &QLineEdit::textChanged, this,
            edit([](Row &row, const QString &text) { row.connection.name = text.trimmed(); }));
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            edit([this](Row &row, int) { row.connection.kind = Kind(m_kind->currentData().toInt()); }));
    connect(m_address, &QLineEdit::textChanged, this,
            edit([](Row &row, const QString &text) { row.connection.address = text.trimmed(); }));
    connect(m_auth, &QComboBox::currentIndexChanged, this,
            edit([this](Row &row, int) { row.connection.auth = Auth(m_auth->currentData().toInt()); }));
    connect(m_user, &QLineEdit::textChanged, this,
            edit([](Row &row, const QString &text) { row.connection.user = text.trimmed(); }));
    connect(m_secret, &QLineEdit::textChanged, this,
            edit([](Row &row, const QString &text) { row.typedSecret = text; }));
    connect(m_secretEnv, &QLineEdit::textChanged, this,
            edit([](Row &row, const QString &text) { row.connection.secretEnv = text.trimmed(); }));
    connect(m_headers, &QPlainTextEdit::textChanged, this, edit([this](Row &row) {
                row.headersText = m_headers->toPlainText();
                if (const auto headers = parseHeaders(row.headersText))
                    row.connection.headers = *headers;
            }));
    connect(m_timeout, &QSpinBox::valueChanged, this,
            edit([](Row &row, int seconds) { row.connection.timeoutMs = seconds * 1000; }));
    connect(m_caFile, &QLineEdit::textChanged, this,
            edit([](Row &row, const QString &text) { row.connection.tls.caFile = text.trimmed(); }));
    connect(m_clientCert, &QLineEdit::textChanged, this,
            edit([](Row &row, const QString &text) { row.connection.tls.clientCertFile = text.trimmed(); }));
    connect(m_clientKey, &QLineEdit::textChanged, this,
            edit([](Row &row, const QString &text) { row.connection.tls.clientKeyFile = text.trimmed(); }));
    connect(m_forgetPin, &QPushButton::clicked, this, [this] {
        if (Row *row = current()) {
            row->connection.tls.pinnedSha256.clear();
            showPin();
        }
    });
    connect(m_caBrowse, &QPushButton::clicked, this, [this] { browseFile(m_caFile, tr("CA certificates")); });
    connect(m_certBrowse, &QPushButton::clicked, this, [this] { browseFile(m_clientCert, tr("Client certificate")); });
    connect(m_keyBrowse, &QPushButton::clicked, this, [this] { browseFile(m_clientKey, tr("Client key")); });

    for (const Connection &connection : connections) {
        if (!connection.name.isEmpty())
            m_initialNames.append(connection.name);
    }
    retranslate();
    setConnections(connections);
}

ConnectionsDialog::Row ConnectionsDialog::makeRow(const Connection &connection) const
{
    Row row;
    row.connection = connection;
    row.headersText = headersText(connection.headers);
    if (m_initialNames.contains(connection.name)) {
        row.originalName = connection.name;
        row.storedSecret = connection.usesSecret;
    }
    return row;
}

QList<Connection> ConnectionsDialog::connections() const
{
    QList<Connection> result;
    for (const Row &row : m_rows) {
        Connection connection = row.connection;
        if (connection.kind == Kind::Prometheus) {
            connection.usesSecret = connection.auth != Auth::None;
        } else {
            connection.auth = Auth::None;
            connection.usesSecret = !connection.user.isEmpty() || !connection.secretEnv.isEmpty()
                || !row.typedSecret.isEmpty() || (row.storedSecret && connection.name == row.originalName);
        }
        if (!speaksHttpHeaders(connection.kind))
            connection.headers.clear();
        result.append(connection);
    }
    return result;
}

QHash<QString, QString> ConnectionsDialog::typedSecrets() const
{
    QHash<QString, QString> secrets;
    for (const Row &row : m_rows) {
        if (!row.typedSecret.isEmpty())
            secrets.insert(row.connection.name, row.typedSecret);
    }
    return secrets;
}

QStringList ConnectionsDialog::removedNames() const
{
    QStringList removed;
    for (const QString &name : m_initialNames) {
        const bool kept = std::any_of(m_rows.cbegin(), m_rows.cend(), [&name](const Row &row) {
            return row.originalName == name && row.connection.name == name;
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
        row.typedSecret = secrets.take(connection.name);
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
    m_rows[index].connection.tls.pinnedSha256 = sha256.toLower();
    if (index == m_current)
        showPin();
}

void ConnectionsDialog::addConnection(Connection::Kind kind)
{
    Connection connection;
    connection.kind = kind;
    const QString base = Connection::kindId(kind);
    connection.name = base;
    for (int n = 2; rowOf(connection.name) >= 0; ++n)
        connection.name = base + QLatin1Char('-') + QString::number(n);
    m_rows.append(makeRow(connection));
    m_rows.last().originalName.clear(); // a new connection, even if an old one had this name
    m_rows.last().storedSecret = false;
    m_list->addItem(QString());
    updateListItem(int(m_rows.size() - 1));
    m_list->setCurrentRow(int(m_rows.size() - 1));
    m_name->setFocus();
    m_name->selectAll();
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
    m_formWidget->setVisible(row != nullptr);
    m_empty->setVisible(row == nullptr);
    m_remove->setEnabled(row != nullptr);
    const Connection connection = row ? row->connection : Connection();
    m_loading = true;
    m_name->setText(connection.name);
    m_kind->setCurrentIndex(m_kind->findData(int(connection.kind)));
    m_address->setText(connection.address);
    m_auth->setCurrentIndex(m_auth->findData(int(connection.auth)));
    m_user->setText(connection.user);
    m_secret->setText(row ? row->typedSecret : QString());
    m_secretEnv->setText(connection.secretEnv);
    m_headers->setPlainText(row ? row->headersText : QString());
    m_timeout->setValue((connection.timeoutMs + 999) / 1000);
    m_caFile->setText(connection.tls.caFile);
    m_clientCert->setText(connection.tls.clientCertFile);
    m_clientKey->setText(connection.tls.clientKeyFile);
    m_loading = false;
    updateForKind();
    showPin();
    showResult();
}

void ConnectionsDialog::updateForKind()
{
    const Row *row = current();
    const Kind kind = row ? row->connection.kind : Kind::Prometheus;
    const Auth auth = row ? row->connection.auth : Auth::None;
    const bool prometheus = kind == Kind::Prometheus;

    switch (kind) {
    case Kind::Prometheus: m_address->setPlaceholderText(QStringLiteral("http://127.0.0.1:9090")); break;
    case Kind::Postgres: m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/db")); break;
    case Kind::Redis: m_address->setPlaceholderText(QStringLiteral("redis://host:6379/0")); break;
    case Kind::ClickHouse: m_address->setPlaceholderText(QStringLiteral("http://host:8123/")); break;
    }
    const bool secret = !prometheus || auth != Auth::None;
    m_form->setRowVisible(m_auth, prometheus);
    m_form->setRowVisible(m_user, !prometheus || auth == Auth::Basic);
    m_form->setRowVisible(m_secret, secret);
    m_form->setRowVisible(m_secretEnv, secret);
    m_form->setRowVisible(m_headers, speaksHttpHeaders(kind));

    const bool token = prometheus && auth == Auth::Bearer;
    m_formLabels.at(5)->setText(token ? tr("&Token:") : tr("&Password:"));
    m_formLabels.at(6)->setText(token ? tr("Token from &environment variable:")
                                      : tr("Password from &environment variable:"));
    const bool stored = row && row->storedSecret && row->connection.name == row->originalName;
    m_secret->setPlaceholderText(stored ? tr("Stored in the keychain; type to replace") : tr("Not stored yet"));
    m_secretEnv->setPlaceholderText(tr("For headless runs, e.g. LOTSE_SECRET"));
}

void ConnectionsDialog::updateListItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item || row >= m_rows.size())
        return;
    const Connection &connection = m_rows.at(row).connection;
    const QString name = connection.name.isEmpty() ? tr("(unnamed)") : connection.name;
    item->setText(tr("%1 — %2").arg(name, kindText(connection.kind)));
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

void ConnectionsDialog::showPin()
{
    const Row *row = current();
    const QByteArray pin = row ? row->connection.tls.pinnedSha256 : QByteArray();
    m_pin->setText(withColons(pin));
    m_pin->setCursorPosition(0);
    m_pin->setToolTip(withColons(pin));
    m_forgetPin->setEnabled(!pin.isEmpty());
}

void ConnectionsDialog::browseFile(QLineEdit *target, const QString &title)
{
    auto *dialog
        = new QFileDialog(this, title, target->text(), tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    dialog->setObjectName(QStringLiteral("tlsFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    dialog->open();
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
    Q_EMIT testRequested(connections().at(m_current), row->typedSecret);
}

void ConnectionsDialog::validate()
{
    QString problem;
    QStringList seen;
    for (qsizetype i = 0; i < m_rows.size() && problem.isEmpty(); ++i) {
        const Row &row = m_rows.at(i);
        const Connection &connection = row.connection;
        int badLine = 0;
        if (connection.name.isEmpty())
            problem = tr("Connection %1 in the list has no name.").arg(i + 1);
        else if (seen.contains(connection.name))
            problem = tr("Two connections are named “%1”: names must be unique.").arg(connection.name);
        else if (connection.address.isEmpty())
            problem = tr("“%1” has no address.").arg(connection.name);
        else if (speaksHttpHeaders(connection.kind) && !parseHeaders(row.headersText, &badLine))
            problem
                = tr("“%1”: extra header line %2 is not of the form “Name: value”.").arg(connection.name).arg(badLine);
        seen.append(connection.name);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_export->setEnabled(problem.isEmpty() && !m_rows.isEmpty());
    const Row *row = current();
    m_test->setEnabled(row && !row->connection.name.isEmpty() && !row->connection.address.isEmpty());
}

void ConnectionsDialog::retranslate()
{
    setWindowTitle(tr("Connections"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected connection (Del)"));
    for (qsizetype i = 0; i < m_addActions.size(); ++i)
        m_addActions.at(i)->setText(kindText(kKinds[i]));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindText(kKinds[i]));
    m_auth->setItemText(0, tr("None"));
    m_auth->setItemText(1, tr("Basic"));
    m_auth->setItemText(2, tr("Bearer token"));
    const QString labels[] = {tr("&Name:"),
                              tr("&Kind:"),
                              tr("A&ddress:"),
                              tr("A&uthentication:"),
                              tr("&User:"),
                              tr("&Password:"),
                              tr("Password from &environment variable:"),
                              tr("Extra HTTP &headers:"),
                              tr("T&imeout:")};
    for (qsizetype i = 0; i < m_formLabels.size(); ++i)
        m_formLabels.at(i)->setText(labels[i]);
    m_headers->setPlaceholderText(tr("One “Name: value” per line, e.g. X-Scope-OrgID: team-a"));
    m_timeout->setSpecialValueText(tr("Default"));
    m_timeout->setSuffix(tr(" s"));
    m_tlsGroup->setTitle(tr("TLS"));
    const QString tlsLabels[]
        = {tr("&CA file:"), tr("Client c&ertificate:"), tr("Client &key:"), tr("Pinned certificate:")};
    for (qsizetype i = 0; i < m_tlsLabels.size(); ++i)
        m_tlsLabels.at(i)->setText(tlsLabels[i]);
    m_caFile->setPlaceholderText(tr("The system's CAs"));
    m_clientCert->setPlaceholderText(tr("None"));
    m_clientKey->setPlaceholderText(tr("None"));
    m_pin->setPlaceholderText(tr("No certificate pinned"));
    for (QPushButton *browse : {m_caBrowse, m_certBrowse, m_keyBrowse})
        browse->setText(tr("Browse…"));
    m_forgetPin->setText(tr("&Forget pin"));
    m_tlsNote->setText(tr("Certificates are always verified. A server with a self-signed certificate is trusted "
                          "only by pinning its certificate after Test has shown it."));
    m_empty->setText(tr("No connections yet. Add one with Add."));
    m_test->setText(tr("&Test"));
    m_test->setToolTip(tr("Connect and show the server's version (Ctrl+T)"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("E&xport…"));
    for (int i = 0; i < m_list->count(); ++i)
        updateListItem(i);
    updateForKind();
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
        if (m_rows.at(i).connection.name == name)
            return int(i);
    }
    return -1;
}

QString ConnectionsDialog::kindText(Connection::Kind kind) const
{
    switch (kind) {
    case Kind::Prometheus: return tr("Prometheus-compatible");
    case Kind::Postgres: return tr("PostgreSQL");
    case Kind::Redis: return tr("Redis");
    case Kind::ClickHouse: return tr("ClickHouse");
    }
    return {};
}

} // namespace lotse
