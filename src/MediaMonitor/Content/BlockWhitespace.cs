using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace MediaMonitor.Content;

/// <summary>
/// Drops the whitespace-only text nodes that sit between two blocks (or at an edge) of a <c>&lt;div&gt;</c>,
/// i.e. the indentation of the markup, before SmartReader sees the document.
/// </summary>
/// <remarks>
/// SmartReader (as Readability) wraps each run of inline nodes directly inside a <c>&lt;div&gt;</c> in a
/// <c>&lt;p&gt;</c> and throws away the runs that are only whitespace. It moves every node of a run into a
/// document fragment, and AngleSharp checks each insertion into a fragment against the document's
/// <c>&lt;template&gt;</c> elements by walking the whole tree: each of those whitespace nodes costs a walk of the
/// document. Only nodes SmartReader is sure to drop itself are dropped here, so its result does not change:
/// <list type="bullet">
/// <item>nothing when its walk might drop <c>&lt;html&gt;</c> or <c>&lt;body&gt;</c> (an "unlikely" class on
/// <c>&lt;html&gt;</c>, a hidden or dialog body...): the walk then stops and the <c>&lt;div&gt;</c>s keep their
/// whitespace, which gives the text its line breaks;</item>
/// <item>nothing inside a possible byline or an <c>&lt;h1&gt;</c>/<c>&lt;h2&gt;</c>, whose text lengths it reads
/// before it reaches the <c>&lt;div&gt;</c>s inside;</item>
/// <item>no node next to one that is, or may become, inline (<c>&lt;font&gt;</c> turns into <c>&lt;span&gt;</c>).</item>
/// </list>
/// The tag and word lists are SmartReader 0.11.1's (the version is pinned in Directory.Packages.props).
/// </remarks>
internal static partial class BlockWhitespace
{
    // NodeUtility.phrasingElems, plus FONT (renamed SPAN before the walk) and A, DEL and INS (inline when
    // all their children are).
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "ABBR", "AUDIO", "B", "BDO", "BR", "BUTTON", "CITE", "CODE", "DATA", "DATALIST", "DFN", "EM", "EMBED",
        "I", "IMG", "INPUT", "KBD", "LABEL", "MARK", "MATH", "METER", "NOSCRIPT", "OBJECT", "OUTPUT", "PROGRESS",
        "Q", "RUBY", "SAMP", "SCRIPT", "SELECT", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TEXTAREA", "TIME",
        "VAR", "WBR", "FONT", "A", "DEL", "INS",
    };

    // Attributes with which the walk may drop an element whatever its class: hidden, dialog, role, byline.
    private static readonly string[] Droppable = ["style", "hidden", "aria-hidden", "aria-modal", "role", "rel", "itemprop"];

    public static void Drop(IDocument document)
    {
        if (document.DocumentElement is not { } root || document.Body is not { } body
            || MayBeDropped(root) || Unlikely().IsMatch(ClassAndId(root)) || MayBeDropped(body))
        {
            return;
        }

        var blank = new List<IText>();
        var pending = new Stack<IElement>();
        pending.Push(body);
        while (pending.TryPop(out var element))
        {
            if (element.TagName is "H1" or "H2" || Byline().IsMatch(ClassAndId(element))
                || element.GetAttribute("rel") is not null || element.GetAttribute("itemprop") is not null)
            {
                continue;
            }

            if (element.TagName == "DIV")
            {
                for (var child = element.FirstChild; child is not null; child = child.NextSibling)
                {
                    if (child is IText text && text.Data.AsSpan().Trim().IsEmpty && !MaybeInline(child.PreviousSibling) && !MaybeInline(child.NextSibling))
                    {
                        blank.Add(text);
                    }
                }
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                pending.Push(child);
            }
        }

        foreach (var text in blank)
        {
            text.Remove();
        }
    }

    private static bool MayBeDropped(IElement element) =>
        Array.Exists(Droppable, element.HasAttribute) || Byline().IsMatch(ClassAndId(element));

    private static string ClassAndId(IElement element) => element.ClassName + " " + element.Id;

    private static bool MaybeInline(INode? node) => node switch
    {
        null => false,
        IText => true,
        IElement element => Inline.Contains(element.NodeName),
        _ => false,
    };

    // Reader.G_RE_UnlikelyCandidates, without the exceptions that would keep the element after all.
    [GeneratedRegex("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|reacties|commentaires|Kommentare|comentarios", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    // Reader.G_RE_Byline.
    [GeneratedRegex("byline|author|dateline|writtenby", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
