#include "core/web/ContentScorer.h"

#include "core/web/NodePatterns.h"
#include "core/web/TextStats.h"

#include <QRegularExpression>
#include <algorithm>

namespace st {
namespace {

constexpr int kTopCandidates = 5;
constexpr int kAncestorLevels = 5;
constexpr int kMinimumRunnersUp = 3;

class Scores
{
public:
    Scores(DomTree& tree, const ExtractionFlags& flags)
        : m_tree(tree), m_flags(flags), m_score(std::size_t(tree.size()), 0.0),
          m_known(std::size_t(tree.size()), false)
    {}

    bool known(int n) const { return std::size_t(n) < m_known.size() && m_known[std::size_t(n)]; }
    double& operator[](int n) { return m_score[std::size_t(n)]; }
    double at(int n) const { return known(n) ? m_score[std::size_t(n)] : 0.0; }
    const std::vector<int>& candidates() const { return m_candidates; }

    /// Readability's _initializeNode: the tag bonus and the class weight.
    void initialize(int n)
    {
        if (std::size_t(n) >= m_known.size()) {
            m_known.resize(std::size_t(n) + 1, false);
            m_score.resize(std::size_t(n) + 1, 0.0);
        }
        double score = 0;
        switch (m_tree.tag(n)) {
        case Tag::Div:
            score = 5;
            break;
        case Tag::Pre:
        case Tag::Td:
        case Tag::Blockquote:
            score = 3;
            break;
        case Tag::Address:
        case Tag::Ol:
        case Tag::Ul:
        case Tag::Dl:
        case Tag::Dd:
        case Tag::Dt:
        case Tag::Li:
        case Tag::Form:
            score = -3;
            break;
        case Tag::H1:
        case Tag::H2:
        case Tag::H3:
        case Tag::H4:
        case Tag::H5:
        case Tag::H6:
        case Tag::Th:
            score = -5;
            break;
        default:
            break;
        }
        if (m_flags.weightClasses)
            score += NodePatterns::classWeight(m_tree, n);
        m_score[std::size_t(n)] = score;
        if (!m_known[std::size_t(n)])
            m_candidates.push_back(n);
        m_known[std::size_t(n)] = true;
    }

private:
    DomTree& m_tree;
    const ExtractionFlags& m_flags;
    std::vector<double> m_score;
    std::vector<bool> m_known;
    std::vector<int> m_candidates;
};

void scoreParagraphs(const DomTree& tree, const TextStats& stats, const std::vector<int>& toScore,
                     Scores& scores)
{
    for (const int e : toScore) {
        const int up = tree.parent(e);
        if (up == DomTree::kNone || !tree.isElement(up))
            continue;
        const int length = stats.length(e);
        if (length < 25)
            continue;
        const double score = 1.0 + (stats.allCommas(e) + 1) + std::min(length / 100, 3);
        int level = 0;
        for (int a = up; a != DomTree::kNone && level < kAncestorLevels;
             a = tree.parent(a), ++level) {
            if (!tree.isElement(a) || tree.parent(a) == DomTree::kNone ||
                !tree.isElement(tree.parent(a)))
                continue;
            if (!scores.known(a))
                scores.initialize(a);
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            scores[a] += score / divider;
        }
    }
}

std::vector<int> ancestorsOf(const DomTree& tree, int n)
{
    std::vector<int> out;
    for (int a = tree.parent(n); a != DomTree::kNone; a = tree.parent(a))
        out.push_back(a);
    return out;
}

int betterTopCandidate(const DomTree& tree, Scores& scores, const std::vector<int>& top)
{
    int best = top.front();
    std::vector<std::vector<int>> runnersUp;
    for (std::size_t i = 1; i < top.size(); ++i) {
        if (scores.at(top[i]) / scores.at(best) >= 0.75)
            runnersUp.push_back(ancestorsOf(tree, top[i]));
    }
    if (int(runnersUp.size()) >= kMinimumRunnersUp) {
        for (int up = tree.parent(best); up != DomTree::kNone && !tree.is(up, Tag::Body);
             up = tree.parent(up)) {
            int holding = 0;
            for (const auto& ancestors : runnersUp) {
                if (std::find(ancestors.begin(), ancestors.end(), up) != ancestors.end())
                    ++holding;
            }
            if (holding >= kMinimumRunnersUp) {
                best = up;
                break;
            }
        }
    }
    if (!scores.known(best))
        scores.initialize(best);

    // A parent scoring higher than the last step up holds more of the article.
    double last = scores.at(best);
    const double floor = last / 3;
    for (int up = tree.parent(best); up != DomTree::kNone && !tree.is(up, Tag::Body);
         up = tree.parent(up)) {
        if (!scores.known(up))
            continue;
        const double score = scores.at(up);
        if (score < floor)
            break;
        if (score > last) {
            best = up;
            break;
        }
        last = score;
    }
    // An only child gives way to its parent, so the siblings below are the right ones.
    for (int up = tree.parent(best);
         up != DomTree::kNone && !tree.is(up, Tag::Body) && tree.elementChildCount(up, 2) == 1;
         up = tree.parent(up))
        best = up;
    if (!scores.known(best))
        scores.initialize(best);
    return best;
}

bool isLikelyParagraph(const DomTree& tree, const TextStats& stats, int n)
{
    // A full stop ending a sentence; CJK full stops are followed by no space.
    static const QRegularExpression sentenceEnd(
        QStringLiteral("\\.( |$)|[\u3002\uFF0E\uFF01\uFF1F]"));
    const double linkDensity = stats.linkDensity(n);
    const int length = stats.length(n);
    if (length > 80)
        return linkDensity < 0.25;
    return length > 0 && linkDensity == 0 &&
           sentenceEnd.match(tree.textContent(n).simplified()).hasMatch();
}

} // namespace

int ContentScorer::gatherArticle(DomTree& tree, int body, const std::vector<int>& toScore,
                                 const ExtractionFlags& flags)
{
    const int article = tree.createElement(Tag::Div);
    if (body == DomTree::kNone)
        return article;
    TextStats stats;
    stats.compute(tree, body);
    Scores scores(tree, flags);
    scoreParagraphs(tree, stats, toScore, scores);

    std::vector<int> top;
    for (const int c : scores.candidates()) {
        scores[c] *= 1.0 - stats.linkDensity(c);
        const auto at = std::find_if(top.begin(), top.end(),
                                     [&](int t) { return scores.at(c) > scores.at(t); });
        if (at != top.end() || int(top.size()) < kTopCandidates)
            top.insert(at, c);
        if (int(top.size()) > kTopCandidates)
            top.pop_back();
    }

    int best = top.empty() ? DomTree::kNone : top.front();
    if (best == DomTree::kNone || tree.is(best, Tag::Body)) {
        best = tree.createElement(Tag::Div);
        while (tree.firstChild(body) != DomTree::kNone)
            tree.appendChild(best, tree.firstChild(body));
        tree.appendChild(body, best);
        scores.initialize(best);
    } else {
        best = betterTopCandidate(tree, scores, top);
    }

    const double threshold = std::max(10.0, scores.at(best) * 0.2);
    const QStringView bestClass = tree.attr(best, Attr::Class);
    const int parent = tree.parent(best);
    std::vector<int> siblings;
    for (int s = tree.firstElementChild(parent); s != DomTree::kNone;
         s = tree.nextElementSibling(s))
        siblings.push_back(s);
    for (const int s : siblings) {
        bool append = s == best;
        if (!append) {
            const double bonus = !bestClass.isEmpty() && tree.attr(s, Attr::Class) == bestClass
                                     ? scores.at(best) * 0.2
                                     : 0.0;
            if (scores.known(s) && scores.at(s) + bonus >= threshold)
                append = true;
            else if (tree.is(s, Tag::P))
                append = isLikelyParagraph(tree, stats, s);
        }
        if (!append)
            continue;
        const Tag t = tree.tag(s);
        if (t != Tag::Div && t != Tag::Article && t != Tag::Section && t != Tag::P)
            tree.setTag(s, Tag::Div);
        tree.appendChild(article, s);
    }
    return article;
}

} // namespace st
