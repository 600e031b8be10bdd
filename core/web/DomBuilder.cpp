#include "core/web/DomBuilder.h"

#include "core/web/NestingGuard.h"
#include "core/web/WebLog.h"

#include <array>
#include <cstring>
#include <gumbo.h>
#include <utility>

namespace st {
namespace {

constexpr int kNoscriptTextLimit = 4096;

using TagTable = std::array<Tag, GUMBO_TAG_LAST + 1>;

TagTable makeTagTable()
{
    TagTable table;
    table.fill(Tag::Other);
    const std::pair<GumboTag, Tag> known[] = {
        {GUMBO_TAG_HTML, Tag::Html},
        {GUMBO_TAG_HEAD, Tag::Head},
        {GUMBO_TAG_BODY, Tag::Body},
        {GUMBO_TAG_TITLE, Tag::Title},
        {GUMBO_TAG_META, Tag::Meta},
        {GUMBO_TAG_LINK, Tag::Link},
        {GUMBO_TAG_BASE, Tag::Base},
        {GUMBO_TAG_SCRIPT, Tag::Script},
        {GUMBO_TAG_STYLE, Tag::Style},
        {GUMBO_TAG_NOSCRIPT, Tag::Noscript},
        {GUMBO_TAG_TEMPLATE, Tag::Template},
        {GUMBO_TAG_SVG, Tag::Svg},
        {GUMBO_TAG_MATH, Tag::Math},
        {GUMBO_TAG_IFRAME, Tag::Iframe},
        {GUMBO_TAG_FRAME, Tag::Iframe},
        {GUMBO_TAG_OBJECT, Tag::Object},
        {GUMBO_TAG_EMBED, Tag::Embed},
        {GUMBO_TAG_FORM, Tag::Form},
        {GUMBO_TAG_FIELDSET, Tag::Fieldset},
        {GUMBO_TAG_BUTTON, Tag::Button},
        {GUMBO_TAG_INPUT, Tag::Input},
        {GUMBO_TAG_SELECT, Tag::Select},
        {GUMBO_TAG_OPTION, Tag::Option},
        {GUMBO_TAG_TEXTAREA, Tag::Textarea},
        {GUMBO_TAG_LABEL, Tag::Label},
        {GUMBO_TAG_NAV, Tag::Nav},
        {GUMBO_TAG_ASIDE, Tag::Aside},
        {GUMBO_TAG_FOOTER, Tag::Footer},
        {GUMBO_TAG_HEADER, Tag::Header},
        {GUMBO_TAG_ARTICLE, Tag::Article},
        {GUMBO_TAG_MAIN, Tag::Main},
        {GUMBO_TAG_SECTION, Tag::Section},
        {GUMBO_TAG_DIV, Tag::Div},
        {GUMBO_TAG_P, Tag::P},
        {GUMBO_TAG_SPAN, Tag::Span},
        {GUMBO_TAG_A, Tag::A},
        {GUMBO_TAG_BR, Tag::Br},
        {GUMBO_TAG_HR, Tag::Hr},
        {GUMBO_TAG_IMG, Tag::Img},
        {GUMBO_TAG_IMAGE, Tag::Img},
        {GUMBO_TAG_FIGURE, Tag::Figure},
        {GUMBO_TAG_FIGCAPTION, Tag::Figcaption},
        {GUMBO_TAG_VIDEO, Tag::Video},
        {GUMBO_TAG_AUDIO, Tag::Audio},
        {GUMBO_TAG_SOURCE, Tag::Source},
        {GUMBO_TAG_CANVAS, Tag::Canvas},
        {GUMBO_TAG_H1, Tag::H1},
        {GUMBO_TAG_H2, Tag::H2},
        {GUMBO_TAG_H3, Tag::H3},
        {GUMBO_TAG_H4, Tag::H4},
        {GUMBO_TAG_H5, Tag::H5},
        {GUMBO_TAG_H6, Tag::H6},
        {GUMBO_TAG_UL, Tag::Ul},
        {GUMBO_TAG_OL, Tag::Ol},
        {GUMBO_TAG_LI, Tag::Li},
        {GUMBO_TAG_DL, Tag::Dl},
        {GUMBO_TAG_DT, Tag::Dt},
        {GUMBO_TAG_DD, Tag::Dd},
        {GUMBO_TAG_TABLE, Tag::Table},
        {GUMBO_TAG_CAPTION, Tag::Caption},
        {GUMBO_TAG_THEAD, Tag::Thead},
        {GUMBO_TAG_TBODY, Tag::Tbody},
        {GUMBO_TAG_TFOOT, Tag::Tfoot},
        {GUMBO_TAG_TR, Tag::Tr},
        {GUMBO_TAG_TD, Tag::Td},
        {GUMBO_TAG_TH, Tag::Th},
        {GUMBO_TAG_COL, Tag::Col},
        {GUMBO_TAG_COLGROUP, Tag::Colgroup},
        {GUMBO_TAG_PRE, Tag::Pre},
        {GUMBO_TAG_LISTING, Tag::Pre},
        {GUMBO_TAG_XMP, Tag::Pre},
        {GUMBO_TAG_CODE, Tag::Code},
        {GUMBO_TAG_BLOCKQUOTE, Tag::Blockquote},
        {GUMBO_TAG_ADDRESS, Tag::Address},
        {GUMBO_TAG_FONT, Tag::Font},
        {GUMBO_TAG_CENTER, Tag::Center},
        {GUMBO_TAG_DETAILS, Tag::Details},
        {GUMBO_TAG_SUMMARY, Tag::Summary},
        {GUMBO_TAG_MENU, Tag::Menu},
        {GUMBO_TAG_HGROUP, Tag::Hgroup},
        {GUMBO_TAG_ABBR, Tag::Abbr},
        {GUMBO_TAG_B, Tag::B},
        {GUMBO_TAG_BDO, Tag::Bdo},
        {GUMBO_TAG_CITE, Tag::Cite},
        {GUMBO_TAG_DATA, Tag::Data},
        {GUMBO_TAG_DATALIST, Tag::Datalist},
        {GUMBO_TAG_DFN, Tag::Dfn},
        {GUMBO_TAG_EM, Tag::Em},
        {GUMBO_TAG_I, Tag::I},
        {GUMBO_TAG_KBD, Tag::Kbd},
        {GUMBO_TAG_MARK, Tag::Mark},
        {GUMBO_TAG_METER, Tag::Meter},
        {GUMBO_TAG_OUTPUT, Tag::Output},
        {GUMBO_TAG_PROGRESS, Tag::Progress},
        {GUMBO_TAG_Q, Tag::Q},
        {GUMBO_TAG_RUBY, Tag::Ruby},
        {GUMBO_TAG_SAMP, Tag::Samp},
        {GUMBO_TAG_SMALL, Tag::Small},
        {GUMBO_TAG_STRONG, Tag::Strong},
        {GUMBO_TAG_SUB, Tag::Sub},
        {GUMBO_TAG_SUP, Tag::Sup},
        {GUMBO_TAG_TIME, Tag::Time},
        {GUMBO_TAG_VAR, Tag::Var},
        {GUMBO_TAG_WBR, Tag::Wbr},
        {GUMBO_TAG_DEL, Tag::Del},
        {GUMBO_TAG_INS, Tag::Ins},
    };
    for (const auto& [gumbo, tag] : known)
        table[std::size_t(gumbo)] = tag;
    return table;
}

Tag tagOf(const GumboElement& element, QByteArray* unknownName)
{
    static const TagTable table = makeTagTable();
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return table[std::size_t(element.tag)];
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    *unknownName = QByteArray(piece.data, qsizetype(piece.length)).toLower();
    if (*unknownName == "dialog")
        return Tag::Dialog;
    if (*unknownName == "picture")
        return Tag::Picture;
    return Tag::Other;
}

bool attrOf(const char* name, Attr* attr)
{
    static const std::pair<const char*, Attr> known[] = {
        {"class", Attr::Class},
        {"id", Attr::Id},
        {"style", Attr::Style},
        {"hidden", Attr::Hidden},
        {"aria-hidden", Attr::AriaHidden},
        {"aria-modal", Attr::AriaModal},
        {"role", Attr::Role},
        {"href", Attr::Href},
        {"rel", Attr::Rel},
        {"itemprop", Attr::ItemProp},
        {"lang", Attr::Lang},
        {"src", Attr::Src},
        {"data", Attr::Data},
        {"type", Attr::Type},
        {"name", Attr::Name},
        {"property", Attr::Property},
        {"content", Attr::Content},
        {"http-equiv", Attr::HttpEquiv},
        {"summary", Attr::Summary},
        {"datatable", Attr::DataTable},
        {"rowspan", Attr::RowSpan},
        {"colspan", Attr::ColSpan},
    };
    for (const auto& [text, value] : known) {
        if (std::strcmp(name, text) == 0) {
            *attr = value;
            return true;
        }
    }
    return false;
}

QString gumboText(const GumboNode* node)
{
    QString out;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
            child->type == GUMBO_NODE_CDATA)
            out += QString::fromUtf8(child->v.text.text);
    }
    return out;
}

bool isMountId(const char* id)
{
    for (const char* known : {"root", "app", "__next", "__nuxt", "___gatsby", "app-root"}) {
        if (std::strcmp(id, known) == 0)
            return true;
    }
    return false;
}

class Builder
{
public:
    Builder(DomTree& tree, PageSignals& out) : m_tree(tree), m_signals(out) {}

    void run(const GumboNode* document)
    {
        std::vector<std::pair<const GumboNode*, int>> stack;
        const GumboVector& top = document->v.document.children;
        for (unsigned i = top.length; i-- > 0;)
            stack.emplace_back(static_cast<const GumboNode*>(top.data[i]), DomTree::document());
        while (!stack.empty()) {
            const auto [node, parent] = stack.back();
            stack.pop_back();
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
                node->type == GUMBO_NODE_CDATA) {
                m_tree.appendChild(parent, m_tree.createText(QString::fromUtf8(node->v.text.text)));
                continue;
            }
            if (node->type != GUMBO_NODE_ELEMENT) // comments, <template> contents
                continue;
            const int element = addElement(node, parent);
            if (element == DomTree::kNone)
                continue;
            const GumboVector& children = node->v.element.children;
            for (unsigned i = children.length; i-- > 0;)
                stack.emplace_back(static_cast<const GumboNode*>(children.data[i]), element);
        }
    }

private:
    /// The new element, or kNone when the element and its subtree stay out of the tree.
    int addElement(const GumboNode* node, int parent)
    {
        const GumboElement& e = node->v.element;
        QByteArray unknownName;
        const Tag tag = tagOf(e, &unknownName);
        if (e.tag_namespace == GUMBO_NAMESPACE_SVG || tag == Tag::Svg || tag == Tag::Style ||
            tag == Tag::Template)
            return DomTree::kNone;
        if (tag == Tag::Script) {
            noteScript(node);
            return DomTree::kNone;
        }
        if (tag == Tag::Noscript) {
            if (m_signals.noscriptText.size() < kNoscriptTextLimit)
                m_signals.noscriptText += noscriptText(node);
            return DomTree::kNone;
        }
        const int element = m_tree.createElement(tag);
        bool mount = unknownName == "app-root";
        const GumboVector& attrs = e.attributes;
        for (unsigned i = 0; i < attrs.length; ++i) {
            const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
            Attr attr;
            if (attrOf(a->name, &attr))
                m_tree.addAttr(element, attr, QString::fromUtf8(a->value));
            if ((std::strcmp(a->name, "id") == 0 && isMountId(a->value)) ||
                std::strcmp(a->name, "data-reactroot") == 0 ||
                std::strcmp(a->name, "ng-version") == 0)
                mount = true;
        }
        m_tree.appendChild(parent, element);
        if (mount)
            m_signals.mountPoints.push_back(element);
        if (tag == Tag::Iframe)
            return DomTree::kNone; // its children are fallback text, never shown
        return element;
    }

    void noteScript(const GumboNode* node)
    {
        const GumboAttribute* type = gumbo_get_attribute(&node->v.element.attributes, "type");
        const QByteArray kind = type ? QByteArray(type->value).trimmed().toLower() : QByteArray();
        if (kind == "application/ld+json") {
            m_signals.jsonLd.append(gumboText(node));
            return;
        }
        if (!kind.isEmpty() && !kind.contains("javascript") && kind != "module")
            return; // templates and data blocks
        ++m_signals.scriptCount;
        if (gumbo_get_attribute(&node->v.element.attributes, "src"))
            ++m_signals.externalScriptCount;
    }

    static QString noscriptText(const GumboNode* node)
    {
        QString out;
        std::vector<const GumboNode*> stack{node};
        while (!stack.empty() && out.size() < kNoscriptTextLimit) {
            const GumboNode* n = stack.back();
            stack.pop_back();
            if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
                out += QString::fromUtf8(n->v.text.text) + QLatin1Char(' ');
            } else if (n->type == GUMBO_NODE_ELEMENT) {
                const GumboVector& children = n->v.element.children;
                for (unsigned i = children.length; i-- > 0;)
                    stack.push_back(static_cast<const GumboNode*>(children.data[i]));
            }
        }
        return out;
    }

    DomTree& m_tree;
    PageSignals& m_signals;
};

} // namespace

DomTree DomBuilder::build(const QByteArray& utf8Html, PageSignals* pageSignals)
{
    PageSignals ignored;
    PageSignals& out = pageSignals ? *pageSignals : ignored;
    DomTree tree;
    const QByteArray html = NestingGuard::cap(utf8Html);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are not kept: a broken page could pile up millions
    GumboOutput* output =
        gumbo_parse_with_options(&options, html.constData(), std::size_t(html.size()));
    if (!output) {
        qCWarning(lcWeb) << "gumbo could not parse the page";
        return tree;
    }
    Builder(tree, out).run(output->document);
    gumbo_destroy_output(&options, output);
    return tree;
}

} // namespace st
