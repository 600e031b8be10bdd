#include "core/web/DomTags.h"

namespace st {
namespace tags {

bool isHeading(Tag t)
{
    return t == Tag::H1 || t == Tag::H2 || t == Tag::H3 || t == Tag::H4 || t == Tag::H5 ||
           t == Tag::H6;
}

bool isPhrasing(Tag t)
{
    switch (t) {
    case Tag::Abbr:
    case Tag::Audio:
    case Tag::B:
    case Tag::Bdo:
    case Tag::Br:
    case Tag::Button:
    case Tag::Cite:
    case Tag::Code:
    case Tag::Data:
    case Tag::Datalist:
    case Tag::Dfn:
    case Tag::Em:
    case Tag::Embed:
    case Tag::I:
    case Tag::Img:
    case Tag::Input:
    case Tag::Kbd:
    case Tag::Label:
    case Tag::Mark:
    case Tag::Math:
    case Tag::Meter:
    case Tag::Noscript:
    case Tag::Object:
    case Tag::Output:
    case Tag::Progress:
    case Tag::Q:
    case Tag::Ruby:
    case Tag::Samp:
    case Tag::Script:
    case Tag::Select:
    case Tag::Small:
    case Tag::Span:
    case Tag::Strong:
    case Tag::Sub:
    case Tag::Sup:
    case Tag::Textarea:
    case Tag::Time:
    case Tag::Var:
    case Tag::Wbr:
        return true;
    default:
        return false;
    }
}

bool isDivToPBlock(Tag t)
{
    switch (t) {
    case Tag::Blockquote:
    case Tag::Dl:
    case Tag::Div:
    case Tag::Img:
    case Tag::Ol:
    case Tag::P:
    case Tag::Pre:
    case Tag::Table:
    case Tag::Ul:
        return true;
    default:
        return false;
    }
}

bool isLineBlock(Tag t)
{
    switch (t) {
    case Tag::Html:
    case Tag::Body:
    case Tag::Article:
    case Tag::Main:
    case Tag::Section:
    case Tag::Div:
    case Tag::P:
    case Tag::Nav:
    case Tag::Aside:
    case Tag::Header:
    case Tag::Footer:
    case Tag::Address:
    case Tag::Blockquote:
    case Tag::Pre:
    case Tag::Figure:
    case Tag::Figcaption:
    case Tag::Ul:
    case Tag::Ol:
    case Tag::Li:
    case Tag::Dl:
    case Tag::Dt:
    case Tag::Dd:
    case Tag::Table:
    case Tag::Caption:
    case Tag::Thead:
    case Tag::Tbody:
    case Tag::Tfoot:
    case Tag::Tr:
    case Tag::Td:
    case Tag::Th:
    case Tag::Form:
    case Tag::Fieldset:
    case Tag::Center:
    case Tag::Details:
    case Tag::Summary:
    case Tag::Dialog:
    case Tag::Menu:
    case Tag::Hgroup:
    case Tag::Hr:
    case Tag::Br:
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
    case Tag::Video:
    case Tag::Audio:
    case Tag::Picture:
    case Tag::Canvas:
        return true;
    default:
        return false;
    }
}

} // namespace tags

} // namespace st
