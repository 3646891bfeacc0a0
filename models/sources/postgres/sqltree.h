#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <expected>
#include <utility>

namespace lotse {

/// A name in a statement that PostgreSQL turns into a function call when it
/// runs the statement, exactly as its parser decoded it (escapes, quotes and
/// case resolved): a call, an operator, a cast, a relation whose view or row
/// security policy calls functions, or `x.f`, which is `f(x)` when no column
/// f exists.
struct SqlReference
{
    enum class Kind {
        Function,       ///< f(…), also in FROM and TABLESAMPLE
        ColumnFunction, ///< the last name of x.f or (x).f
        Operator,       ///< a + b, a = ANY (…), ORDER BY … USING <
        Type,           ///< x::t, t 'literal'
        Relation        ///< FROM t
    };

    Kind kind = Kind::Function;
    QString schema; ///< empty: looked up in the connection's search path
    QString name;

    bool operator==(const SqlReference &) const = default;
};

/// SQL as PostgreSQL's own parser reads it (libpg_query, the grammar of
/// PostgreSQL 15), so that no spelling (U&"…" escapes, quoted names, comments,
/// dollar quotes) reads differently here than on the server. Parsing never
/// runs anything; the tree is walked without recursion, however deep.
class SqlTree final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::SqlTree)

public:
    /// A node of the tree: its type ("SelectStmt") and its fields.
    using Node = std::pair<QString, QJsonObject>;

    /// Parses @p sql; on failure the parser's message with the position.
    static std::expected<SqlTree, QString> parse(const QString &sql);

    /// The statements, in order.
    QList<Node> statements() const;
    /// The text of statement @p index as written, without the semicolon.
    QString statementText(qsizetype index) const;

    /// Every name in the statements that may call a function, each once.
    const QList<SqlReference> &references() const { return m_references; }
    /// "DELETE" when a part of the tree writes (a WITH clause), else empty.
    const QString &modifyingStatement() const { return m_modifying; }
    bool selectsInto() const { return m_selectsInto; }
    bool locksRows() const { return m_locksRows; }
    bool hasParameters() const { return m_parameters; }

    /// The type and fields of @p value when it is a node ({"SelectStmt": {…}}).
    static Node node(const QJsonValue &value);
    /// The strings of a name list ([{"String": {"sval": "pg_catalog"}}, …]).
    static QStringList names(const QJsonValue &list);

private:
    SqlTree() = default;
    void walk(const QJsonValue &root);
    void visit(const QString &type, const QJsonObject &fields);
    void addName(SqlReference::Kind kind, const QStringList &parts);

    QByteArray m_utf8;
    QJsonArray m_statements;
    QList<SqlReference> m_references;
    QSet<QString> m_seen; ///< kind, schema and name of each reference
    QString m_modifying;
    bool m_selectsInto = false;
    bool m_locksRows = false;
    bool m_parameters = false;
};

} // namespace lotse
