#pragma once

#include "core/web/DomTree.h"

#include <QString>
#include <QStringView>

namespace st {

/// The class/id, role and style patterns that mark boilerplate and hidden elements, after
/// Readability's (unlikelyCandidates with its okMaybeItsACandidate exceptions, the
/// positive and negative class weights, bylines, share widgets, video embeds).
class NodePatterns
{
public:
    /// A match string ("class id") that looks like boilerplate: comments, sidebars,
    /// menus, footers, social and share bars, ads, cookie and newsletter boxes, …
    static bool isUnlikely(const QString& classAndId);
    /// ARIA roles of page furniture: menu, navigation, complementary, dialogs, alerts.
    static bool isUnlikelyRole(QStringView role);
    /// −25 per negative-looking class or id, +25 per positive-looking one.
    static int classWeight(const DomTree& tree, int n);
    /// Not hidden by the hidden attribute, aria-hidden="true" or an inline
    /// display:none / visibility:hidden.
    static bool isProbablyVisible(const DomTree& tree, int n);
    static bool isByline(const QString& classAndId);
    static bool isShare(const QString& classAndId);
    static bool isVideoUrl(QStringView url);
    /// The whole text is an ad label or a loading notice ("Advertisement", "Loading…").
    static bool isAdOrLoadingWords(const QString& text);
};

} // namespace st
