#pragma once

#include "core/localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lotse {

/// One line of a checklist node (docs/runbooks.md): a live check when it
/// names checks, whose state only their readings give, or a manual tick the
/// engineer gives by hand when it names none.
struct ChecklistItem
{
    QString id;
    LocalizedText text;
    QStringList checks;

    bool isManual() const { return checks.isEmpty(); }
};

/// A heading of a checklist ("Daily", "Prevention") with its items.
struct ChecklistSection
{
    QString id;
    LocalizedText title;
    QList<ChecklistItem> items;
};

/// What the engineer said about a manual item: ticked off or not, and a note.
struct ChecklistTick
{
    bool ticked = false;
    QString note;

    bool isEmpty() const { return !ticked && note.isEmpty(); }
};

} // namespace lotse
