#pragma once

#include "diagnosis/diagnosissession.h"

#include <QCoreApplication>
#include <QJsonArray>

class QTextStream;

namespace lotse {

/// The checklist part of what a diagnosis says (DiagnosisReport): every item
/// of every checklist step, a live item with its state and evidence, a
/// manual one as ticked or not with its note.
class ChecklistReport final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ChecklistReport)

public:
    /// One entry an item, with node, section and item ids: `diagnose --json`'s "checklist".
    static QJsonArray json(const DiagnosisSession &session, const QString &language);
    /// Writes the sections and items of step @p step, when it is a checklist, to @p stream.
    static void text(QTextStream &stream, const DiagnosisSession &session, int step, const QString &language);

private:
    static QJsonObject itemJson(const DiagnosisSession &session, const QString &node, const ChecklistItem &item,
                                const QString &language);
};

} // namespace lotse
