#include "sources/postgres/sqltree.h"

#include <QJsonDocument>

#include <pg_query.h>

#include <vector>

namespace lotse {

namespace {

bool isOperatorName(const QString &name)
{
    static const QString operatorCharacters = QStringLiteral("+-*/<>=~!@#%^&|`?");
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!operatorCharacters.contains(c))
            return false;
    }
    return true;
}

/// Statements that change data, by their node type, as SQL names them.
QString modifyingKeyword(const QString &type)
{
    static const QHash<QString, QString> keywords{{QStringLiteral("InsertStmt"), QStringLiteral("INSERT")},
                                                  {QStringLiteral("UpdateStmt"), QStringLiteral("UPDATE")},
                                                  {QStringLiteral("DeleteStmt"), QStringLiteral("DELETE")},
                                                  {QStringLiteral("MergeStmt"), QStringLiteral("MERGE")}};
    return keywords.value(type);
}

} // namespace

std::expected<SqlTree, QString> SqlTree::parse(const QString &sql)
{
    // libpg_query reads a C string: a NUL would end the statement here but not
    // necessarily on its way to the server.
    if (sql.contains(QChar(0)))
        return std::unexpected(tr("it holds a NUL character"));
    SqlTree tree;
    tree.m_utf8 = sql.toUtf8();
    PgQueryParseResult result = pg_query_parse(tree.m_utf8.constData());
    if (result.error) {
        const QString message
            = tr("%1 (at character %2)").arg(QString::fromUtf8(result.error->message)).arg(result.error->cursorpos);
        pg_query_free_parse_result(result);
        return std::unexpected(message);
    }
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(result.parse_tree), &jsonError);
    pg_query_free_parse_result(result);
    if (document.isNull()) {
        // Qt reads JSON nested up to 1024 levels; PostgreSQL's grammar goes deeper.
        return std::unexpected(tr("it is nested too deeply to check (%1)").arg(jsonError.errorString()));
    }
    tree.m_statements = document.object().value(QLatin1String("stmts")).toArray();
    tree.walk(tree.m_statements);
    return tree;
}

QList<SqlTree::Node> SqlTree::statements() const
{
    QList<Node> nodes;
    for (const QJsonValue &raw : m_statements)
        nodes.append(node(raw.toObject().value(QLatin1String("stmt"))));
    return nodes;
}

QString SqlTree::statementText(qsizetype index) const
{
    // Offsets count bytes of the UTF-8 text; a length of 0 (left out) runs to the end.
    const QJsonObject raw = m_statements.at(index).toObject();
    const qsizetype start = raw.value(QLatin1String("stmt_location")).toInteger();
    const qsizetype length = raw.value(QLatin1String("stmt_len")).toInteger();
    return QString::fromUtf8(m_utf8.mid(start, length > 0 ? length : -1)).trimmed();
}

SqlTree::Node SqlTree::node(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.size() != 1 || !object.begin()->isObject())
        return {};
    return {object.begin().key(), object.begin()->toObject()};
}

QStringList SqlTree::names(const QJsonValue &list)
{
    QStringList parts;
    for (const QJsonValue &item : list.toArray()) {
        const auto [type, fields] = node(item);
        if (type == QLatin1String("String"))
            parts.append(fields.value(QLatin1String("sval")).toString());
    }
    return parts;
}

void SqlTree::walk(const QJsonValue &root)
{
    // An explicit stack: a statement nested thousands of levels deep must not
    // overflow the thread's stack.
    std::vector<QJsonValue> pending{root};
    while (!pending.empty()) {
        const QJsonValue value = std::move(pending.back());
        pending.pop_back();
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                pending.push_back(item);
            continue;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it->isObject() && !it->isArray())
                continue;
            // Node types are capitalised ("FuncCall"); fields are not ("targetList").
            if (it->isObject() && it.key().front().isUpper())
                visit(it.key(), it->toObject());
            pending.push_back(*it);
        }
    }
}

void SqlTree::visit(const QString &type, const QJsonObject &fields)
{
    using Kind = SqlReference::Kind;
    const auto field = [&fields](const char *name) {
        return fields.value(QLatin1String(name));
    };
    if (type == QLatin1String("FuncCall")) {
        addName(Kind::Function, names(field("funcname")));
    } else if (type == QLatin1String("RangeTableSample")) {
        addName(Kind::Function, names(field("method")));
    } else if (type == QLatin1String("ColumnRef")) {
        const QStringList parts = names(field("fields"));
        if (parts.size() >= 2)
            addName(Kind::ColumnFunction, {parts.last()});
    } else if (type == QLatin1String("A_Indirection")) {
        for (const QString &part : names(field("indirection")))
            addName(Kind::ColumnFunction, {part});
    } else if (type == QLatin1String("A_Expr")) {
        addName(Kind::Operator, names(field("name")));
        // BETWEEN compares with the operators of its operands' types.
        if (field("kind").toString().startsWith(QLatin1String("AEXPR_BETWEEN"))
            || field("kind").toString().startsWith(QLatin1String("AEXPR_NOT_BETWEEN"))) {
            for (const char *comparison : {"<", "<=", ">", ">="})
                addName(Kind::Operator, {QLatin1String(comparison)});
        }
    } else if (type == QLatin1String("SubLink")) {
        addName(Kind::Operator, names(field("operName")));
    } else if (type == QLatin1String("SortBy")) {
        addName(Kind::Operator, names(field("useOp")));
    } else if (type == QLatin1String("TypeCast")) {
        addName(Kind::Type, names(field("typeName").toObject().value(QLatin1String("names"))));
    } else if (type == QLatin1String("RangeVar")) {
        const QString schema = field("schemaname").toString();
        addName(Kind::Relation,
                schema.isEmpty() ? QStringList{field("relname").toString()}
                                 : QStringList{schema, field("relname").toString()});
    } else if (type == QLatin1String("ParamRef")) {
        m_parameters = true;
    } else if (type == QLatin1String("SelectStmt")) {
        m_selectsInto = m_selectsInto || fields.contains(QLatin1String("intoClause"));
        m_locksRows = m_locksRows || !field("lockingClause").toArray().isEmpty();
    } else if (m_modifying.isEmpty()) {
        m_modifying = modifyingKeyword(type);
    }
}

void SqlTree::addName(SqlReference::Kind kind, const QStringList &parts)
{
    if (parts.isEmpty() || parts.last().isEmpty())
        return;
    if (kind == SqlReference::Kind::Operator && !isOperatorName(parts.last()))
        return; // BETWEEN and its kin are spelled out in the tree; their operators are added above
    // catalog.schema.name: the catalog can only be the current database.
    SqlReference reference{kind, parts.size() >= 2 ? parts.at(parts.size() - 2) : QString(), parts.last()};
    const QString key
        = QString::number(int(kind)) + QLatin1Char('\n') + reference.schema + QLatin1Char('\n') + reference.name;
    if (!m_seen.contains(key)) {
        m_seen.insert(key);
        m_references.append(std::move(reference));
    }
}

} // namespace lotse
