#include "connections/connectionform.h"

#include "connections/tlsbox.h"
#include "sources/sourcekinds.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lotse {

namespace {

using Auth = PrometheusSettings::Auth;
using Id = ConnectionField::Id;

constexpr Auth kAuths[] = {Auth::None, Auth::Basic, Auth::Bearer};

} // namespace

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
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
    , m_tls(new TlsBox)
{
    for (const SourceKind *kind : SourceKinds::all())
        m_kind->addItem(QString(), kind->id());
    for (Auth auth : kAuths)
        m_auth->addItem(QString(), int(auth));
    m_secret->setEchoMode(QLineEdit::Password);
    m_headers->setTabChangesFocus(true);
    m_headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headers->setFixedHeight(fontMetrics().lineSpacing() * 4 + 2 * m_headers->frameWidth()
                              + int(2 * m_headers->document()->documentMargin()));
    m_timeout->setRange(0, 3600);
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    addRows();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_tls);
    connectFields();
    retranslate();
}

void ConnectionForm::addRows()
{
    const std::pair<QWidget *, const char *> fields[]
        = {{m_name, "name"},           {m_kind, "kind"},       {m_address, "address"},
           {m_auth, "auth"},           {m_user, "user"},       {m_secret, "secret"},
           {m_secretEnv, "secretEnv"}, {m_headers, "headers"}, {m_timeout, "timeout"}};
    for (const auto &[field, name] : fields) {
        field->setObjectName(QLatin1String(name));
        auto *label = new QLabel;
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
}

void ConnectionForm::connectFields()
{
    // Each field writes only its own part of the connection, so values the
    // form cannot show exactly (a timeout of 2.5 s) survive.
    const auto edit = [this](auto apply) {
        return [this, apply](auto &&...args) {
            if (m_loading)
                return;
            apply(m_draft, args...);
            showKind();
            Q_EMIT edited();
        };
    };
    connect(m_name, &QLineEdit::textChanged, this,
            edit([](ConnectionDraft &draft, const QString &text) { draft.connection.name = text.trimmed(); }));
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            edit([this](ConnectionDraft &draft, int) { draft.connection.kind = m_kind->currentData().toString(); }));
    connect(m_address, &QLineEdit::textChanged, this,
            edit([](ConnectionDraft &draft, const QString &text) { draft.connection.address = text.trimmed(); }));
    connect(m_auth, &QComboBox::currentIndexChanged, this,
            edit([this](ConnectionDraft &draft, int) { draft.connection.auth = Auth(m_auth->currentData().toInt()); }));
    connect(m_user, &QLineEdit::textChanged, this,
            edit([](ConnectionDraft &draft, const QString &text) { draft.connection.user = text.trimmed(); }));
    connect(m_secret, &QLineEdit::textChanged, this,
            edit([](ConnectionDraft &draft, const QString &text) { draft.typedSecret = text; }));
    connect(m_secretEnv, &QLineEdit::textChanged, this,
            edit([](ConnectionDraft &draft, const QString &text) { draft.connection.secretEnv = text.trimmed(); }));
    connect(m_headers, &QPlainTextEdit::textChanged, this,
            edit([this](ConnectionDraft &draft) { draft.setHeadersText(m_headers->toPlainText()); }));
    connect(m_timeout, &QSpinBox::valueChanged, this,
            edit([](ConnectionDraft &draft, int seconds) { draft.connection.timeoutMs = seconds * 1000; }));
    connect(m_tls, &TlsBox::edited, this,
            edit([this](ConnectionDraft &draft) { draft.connection.tls = m_tls->settings(); }));
}

void ConnectionForm::load(const ConnectionDraft &draft)
{
    m_draft = draft;
    const Connection &connection = draft.connection;
    m_loading = true;
    m_name->setText(connection.name);
    m_kind->setCurrentIndex(m_kind->findData(connection.kind));
    m_address->setText(connection.address);
    m_auth->setCurrentIndex(m_auth->findData(int(connection.auth)));
    m_user->setText(connection.user);
    m_secret->setText(draft.typedSecret);
    m_secretEnv->setText(connection.secretEnv);
    m_headers->setPlainText(draft.headersText);
    m_timeout->setValue((connection.timeoutMs + 999) / 1000);
    m_loading = false;
    m_tls->load(connection.tls);
    showKind();
}

void ConnectionForm::setPinnedCertificate(const QByteArray &sha256)
{
    m_draft.connection.tls.pinnedSha256 = sha256;
    m_tls->setPinnedSha256(sha256);
}

void ConnectionForm::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionForm::showKind()
{
    const SourceKind *kind = SourceKinds::find(m_draft.connection.kind);
    const auto has = [kind](Id id) {
        return kind && kind->hasField(id);
    };
    const Auth auth = m_draft.connection.auth;
    // A kind without a choice of authentication logs in with a user and a password.
    const bool chooses = has(Id::Auth);
    const bool secret = has(Id::Secret) && (!chooses || auth != Auth::None);
    m_address->setPlaceholderText(kind ? kind->example(Id::Address) : QString());
    m_form->setRowVisible(m_address, has(Id::Address));
    m_form->setRowVisible(m_auth, chooses);
    m_form->setRowVisible(m_user, has(Id::User) && (!chooses || auth == Auth::Basic));
    m_form->setRowVisible(m_secret, secret);
    m_form->setRowVisible(m_secretEnv, secret);
    m_form->setRowVisible(m_headers, has(Id::Headers));
    m_form->setRowVisible(m_timeout, has(Id::Timeout));
    m_tls->setVisible(has(Id::Tls));

    const bool token = chooses && auth == Auth::Bearer;
    labelOf(m_secret)->setText(token ? tr("&Token:") : tr("&Password:"));
    labelOf(m_secretEnv)
        ->setText(token ? tr("Token from &environment variable:") : tr("Password from &environment variable:"));
    m_secret->setPlaceholderText(m_draft.hasStoredSecret() ? tr("Stored in the keychain; type to replace")
                                                           : tr("Not stored yet"));
    m_secretEnv->setPlaceholderText(tr("For headless runs, e.g. LOTSE_SECRET"));
}

QLabel *ConnectionForm::labelOf(QWidget *field) const
{
    return qobject_cast<QLabel *>(m_form->labelForField(field));
}

void ConnectionForm::retranslate()
{
    for (qsizetype i = 0; i < SourceKinds::all().size(); ++i)
        m_kind->setItemText(int(i), SourceKinds::all().at(i)->displayName());
    m_auth->setItemText(0, tr("None"));
    m_auth->setItemText(1, tr("Basic"));
    m_auth->setItemText(2, tr("Bearer token"));
    const std::pair<QWidget *, QString> labels[]
        = {{m_name, tr("&Name:")},           {m_kind, tr("&Kind:")}, {m_address, tr("A&ddress:")},
           {m_auth, tr("A&uthentication:")}, {m_user, tr("&User:")}, {m_headers, tr("Extra HTTP &headers:")},
           {m_timeout, tr("T&imeout:")}};
    for (const auto &[field, text] : labels)
        labelOf(field)->setText(text);
    m_headers->setPlaceholderText(tr("One “Name: value” per line, e.g. X-Scope-OrgID: team-a"));
    m_timeout->setSpecialValueText(tr("Default"));
    m_timeout->setSuffix(tr(" s"));
    showKind();
}

void ConnectionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lotse
