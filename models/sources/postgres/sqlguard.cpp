#include "sources/postgres/sqlguard.h"

#include "databases/statementrefusal.h"

#include <QSet>

namespace lotse {

namespace {

bool isQuery(const SqlTree::Node &statement)
{
    // SELECT, VALUES and TABLE are all SelectStmt to the parser.
    return statement.first == QLatin1String("SelectStmt");
}

/// Whether the EXPLAIN option @p option is on, as PostgreSQL's defGetBoolean
/// reads it: no value, true, on or 1 are on; only false, off and 0 are off.
/// Anything else PostgreSQL refuses, and so is taken as on here.
bool isOn(const QJsonObject &option)
{
    const QJsonValue arg = option.value(QLatin1String("arg"));
    if (arg.isUndefined())
        return true;
    const auto [type, fields] = SqlTree::node(arg);
    // A zero is left out of the tree: {"Integer": {}} is 0.
    if (type == QLatin1String("Integer"))
        return fields.value(QLatin1String("ival")).toInteger() != 0;
    if (type == QLatin1String("Boolean"))
        return fields.value(QLatin1String("boolval")).toBool();
    if (type == QLatin1String("String")) {
        const QString text = fields.value(QLatin1String("sval")).toString().toLower();
        return text != QLatin1String("false") && text != QLatin1String("off");
    }
    return true;
}

/// The keyword a statement other than a query starts with, for messages.
QString prefixKeyword(const QString &type)
{
    for (const char *prefix : {"Create", "Alter", "Drop"}) {
        if (type.startsWith(QLatin1String(prefix)))
            return QString::fromLatin1(prefix).toUpper();
    }
    static const QHash<QString, QString> keywords{
        {QStringLiteral("InsertStmt"), QStringLiteral("INSERT")},
        {QStringLiteral("UpdateStmt"), QStringLiteral("UPDATE")},
        {QStringLiteral("DeleteStmt"), QStringLiteral("DELETE")},
        {QStringLiteral("MergeStmt"), QStringLiteral("MERGE")},
        {QStringLiteral("TruncateStmt"), QStringLiteral("TRUNCATE")},
        {QStringLiteral("CopyStmt"), QStringLiteral("COPY")},
        {QStringLiteral("DoStmt"), QStringLiteral("DO")},
        {QStringLiteral("CallStmt"), QStringLiteral("CALL")},
        {QStringLiteral("VariableShowStmt"), QStringLiteral("SHOW")},
        {QStringLiteral("ConstraintsSetStmt"), QStringLiteral("SET")},
        {QStringLiteral("ViewStmt"), QStringLiteral("CREATE")},
        {QStringLiteral("IndexStmt"), QStringLiteral("CREATE")},
        {QStringLiteral("RuleStmt"), QStringLiteral("CREATE")},
        {QStringLiteral("DefineStmt"), QStringLiteral("CREATE")},
        {QStringLiteral("CompositeTypeStmt"), QStringLiteral("CREATE")},
        {QStringLiteral("RenameStmt"), QStringLiteral("ALTER")},
        {QStringLiteral("CommentStmt"), QStringLiteral("COMMENT")},
        {QStringLiteral("SecLabelStmt"), QStringLiteral("SECURITY")},
        {QStringLiteral("RefreshMatViewStmt"), QStringLiteral("REFRESH")},
        {QStringLiteral("ImportForeignSchemaStmt"), QStringLiteral("IMPORT")},
        {QStringLiteral("ReassignOwnedStmt"), QStringLiteral("REASSIGN")},
        {QStringLiteral("DeclareCursorStmt"), QStringLiteral("DECLARE")},
        {QStringLiteral("ClosePortalStmt"), QStringLiteral("CLOSE")},
        {QStringLiteral("CheckPointStmt"), QStringLiteral("CHECKPOINT")},
    };
    if (const QString known = keywords.value(type); !known.isEmpty())
        return known;
    QString word = type;
    if (word.endsWith(QLatin1String("Stmt")))
        word.chop(4);
    return word.toUpper();
}

} // namespace

Error SqlGuard::refuse(const QString &reason)
{
    return StatementRefusal::refuse(reason);
}

std::expected<SqlTree, Error> SqlGuard::parse(const QString &sql)
{
    auto tree = SqlTree::parse(sql);
    if (!tree)
        return std::unexpected(refuse(StatementRefusal::unreadable(tree.error())));
    if (tree->statements().isEmpty())
        return std::unexpected(StatementRefusal::empty());
    return std::move(*tree);
}

std::expected<SqlTree, Error> SqlGuard::single(const QString &sql)
{
    auto tree = parse(sql);
    if (tree && tree->statements().size() > 1)
        return std::unexpected(refuse(StatementRefusal::moreThanOne()));
    return tree;
}

std::expected<GuardedStatement, Error> SqlGuard::check(const QString &sql)
{
    const auto tree = single(sql);
    if (!tree)
        return std::unexpected(tree.error());
    const SqlTree::Node statement = tree->statements().first();
    std::optional<QString> problem;
    if (statement.first == QLatin1String("ExplainStmt"))
        problem = explainProblem(statement.second);
    else if (!isQuery(statement))
        problem = notAQuery(statement);
    if (!problem)
        problem = readingProblem(*tree);
    if (problem)
        return std::unexpected(refuse(*problem));
    return GuardedStatement(sql, tree->references());
}

std::expected<void, Error> SqlGuard::checkAnalyzable(const QString &sql)
{
    if (const auto explained = explain(sql, true); !explained)
        return std::unexpected(explained.error());
    return {};
}

std::expected<GuardedStatement, Error> SqlGuard::explain(const QString &sql, bool analyze)
{
    const auto tree = single(sql);
    if (!tree)
        return std::unexpected(tree.error());
    const SqlTree::Node statement = tree->statements().first();
    if (!isQuery(statement))
        return std::unexpected(refuse(notExplainable(statement, analyze)));
    if (const auto problem = readingProblem(*tree))
        return std::unexpected(refuse(*problem));
    const QString explainSql = (analyze ? QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ")
                                        : QStringLiteral("EXPLAIN (FORMAT JSON) "))
        + tree->statementText(0);
    // Read back what is sent: one EXPLAIN over the one query, nothing more.
    const auto sent = single(explainSql);
    if (!sent)
        return std::unexpected(sent.error());
    if (sent->statements().first().first != QLatin1String("ExplainStmt"))
        return std::unexpected(refuse(notExplainable(sent->statements().first(), analyze)));
    return GuardedStatement(explainSql, sent->references());
}

std::expected<QList<SqlReference>, QString> SqlGuard::checkBody(const QString &body)
{
    const auto tree = SqlTree::parse(body);
    if (!tree)
        return std::unexpected(StatementRefusal::unreadable(tree.error()));
    for (const SqlTree::Node &statement : tree->statements()) {
        if (!isQuery(statement))
            return std::unexpected(notAQuery(statement));
    }
    if (const auto problem = readingProblem(*tree))
        return std::unexpected(*problem);
    return tree->references();
}

bool SqlGuard::hasParameters(const QString &sql)
{
    const auto tree = SqlTree::parse(sql);
    return tree && tree->hasParameters();
}

std::optional<QString> SqlGuard::explainProblem(const QJsonObject &explain)
{
    // PostgreSQL 15's options, and those of later versions that run nothing either.
    static const QSet<QString> known{
        QStringLiteral("analyze"),  QStringLiteral("verbose"),      QStringLiteral("costs"),
        QStringLiteral("settings"), QStringLiteral("buffers"),      QStringLiteral("wal"),
        QStringLiteral("timing"),   QStringLiteral("summary"),      QStringLiteral("format"),
        QStringLiteral("memory"),   QStringLiteral("generic_plan"), QStringLiteral("serialize")};
    for (const QJsonValue &raw : explain.value(QLatin1String("options")).toArray()) {
        const QJsonObject option = SqlTree::node(raw).second;
        // The server compares option names in lower case; reading them case-blind here errs on refusing.
        const QString name = option.value(QLatin1String("defname")).toString().toLower();
        if ((name == QLatin1String("analyze") || name == QLatin1String("analyse")) && isOn(option)) {
            return tr("EXPLAIN ANALYZE runs the statement. Ask for plan advice with analysis explicitly instead "
                      "(lotse query --explain --analyze).");
        }
        if (!known.contains(name)) {
            return tr("Lotse does not know the EXPLAIN option %1, so it cannot tell that the statement would not run.")
                .arg(name);
        }
    }
    const SqlTree::Node query = SqlTree::node(explain.value(QLatin1String("query")));
    if (!isQuery(query))
        return notExplainable(query, false);
    return std::nullopt;
}

std::optional<QString> SqlGuard::readingProblem(const SqlTree &tree)
{
    if (!tree.modifyingStatement().isEmpty())
        return tr("its WITH clause holds %1, which writes data.").arg(tree.modifyingStatement());
    if (tree.selectsInto())
        return tr("SELECT … INTO creates a table.");
    if (tree.locksRows())
        return tr("FOR UPDATE/SHARE locks rows that others may be waiting to change.");
    return std::nullopt;
}

QString SqlGuard::keyword(const SqlTree::Node &statement)
{
    // Named, not bound: clang 14 cannot capture a structured binding.
    const QString &type = statement.first;
    const QJsonObject &fields = statement.second;
    const auto flag = [&fields](const char *name) {
        return fields.value(QLatin1String(name)).toBool();
    };
    if (type == QLatin1String("SelectStmt"))
        return QStringLiteral("SELECT");
    if (type == QLatin1String("ExplainStmt"))
        return QStringLiteral("EXPLAIN");
    if (type == QLatin1String("TransactionStmt"))
        return fields.value(QLatin1String("kind")).toString().mid(11).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (type == QLatin1String("VariableSetStmt"))
        return fields.value(QLatin1String("kind")).toString().startsWith(QLatin1String("VAR_RESET"))
            ? QStringLiteral("RESET")
            : QStringLiteral("SET");
    if (type == QLatin1String("VacuumStmt"))
        return flag("is_vacuumcmd") ? QStringLiteral("VACUUM") : QStringLiteral("ANALYZE");
    if (type == QLatin1String("GrantStmt") || type == QLatin1String("GrantRoleStmt"))
        return flag("is_grant") ? QStringLiteral("GRANT") : QStringLiteral("REVOKE");
    return prefixKeyword(type);
}

QString SqlGuard::notExplainable(const SqlTree::Node &statement, bool analyze)
{
    if (analyze) {
        return tr("EXPLAIN ANALYZE runs the statement, so Lotse allows it only for a single SELECT, not for %1.")
            .arg(keyword(statement));
    }
    return tr("EXPLAIN over %1: Lotse explains only a SELECT, VALUES or TABLE.").arg(keyword(statement));
}

QString SqlGuard::notAQuery(const SqlTree::Node &statement)
{
    static const QSet<QString> writesData{QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                                          QStringLiteral("MERGE"), QStringLiteral("TRUNCATE")};
    static const QSet<QString> changesSchema{
        QStringLiteral("CREATE"), QStringLiteral("ALTER"),    QStringLiteral("DROP"),      QStringLiteral("GRANT"),
        QStringLiteral("REVOKE"), QStringLiteral("COMMENT"),  QStringLiteral("REINDEX"),   QStringLiteral("CLUSTER"),
        QStringLiteral("VACUUM"), QStringLiteral("ANALYZE"),  QStringLiteral("REFRESH"),   QStringLiteral("SECURITY"),
        QStringLiteral("IMPORT"), QStringLiteral("REASSIGN"), QStringLiteral("CHECKPOINT")};
    const QString word = keyword(statement);
    if (writesData.contains(word))
        return StatementRefusal::writesData(word);
    if (changesSchema.contains(word))
        return StatementRefusal::changesSchema(word);
    if (word == QLatin1String("COPY")) {
        return statement.second.value(QLatin1String("is_program")).toBool()
            ? tr("COPY … PROGRAM runs a program on the database server.")
            : tr("COPY reads or writes files on the database server or loads data.");
    }
    return tr("%1 is not a query: Lotse runs one SELECT, VALUES or TABLE, or EXPLAIN over one.").arg(word);
}

} // namespace lotse
