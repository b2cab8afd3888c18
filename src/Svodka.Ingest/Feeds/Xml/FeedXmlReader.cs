using System.Xml;
using System.Xml.Linq;

namespace Svodka.Ingest.Feeds.Xml;

/// <summary>An element the walk handed out whole, with the xml:base in force where it stands.</summary>
internal readonly record struct FeedElement(XElement Element, XName Parent, Uri? Base);

/// <summary>Where and why the XML broke off.</summary>
internal sealed record XmlBreak(int Line, int Column, string Message)
{
    public override string ToString() => $"malformed XML at line {Line}, column {Column}: {Message}";
}

/// <summary>
/// Streams a repaired feed document: the containers the format names (rss, channel, feed, rdf:RDF) are walked
/// into, every other element is handed out whole as a small <see cref="XElement"/>. So a 100 000-item feed
/// never sits in memory as one tree, and when the XML breaks off, the items read before the break survive
/// (<see cref="Break"/> says where it broke).
/// </summary>
internal sealed class FeedXmlReader : IDisposable
{
    private readonly XmlReader _reader;
    private readonly Stack<(XName Name, Uri? Base)> _open = new();

    public XName RootName { get; private set; } = XName.Get("none");
    public Uri? RootBase { get; private set; }
    public IReadOnlyDictionary<XName, string> RootAttributes { get; private set; } = new Dictionary<XName, string>();
    public XmlBreak? Break { get; private set; }

    private FeedXmlReader(XmlReader reader) => _reader = reader;

    /// <summary>Opens the document and reads up to its root element; a document without one is a break.</summary>
    public static FeedXmlReader Open(RepairedXml xml, Uri? documentUrl)
    {
        var nameTable = new NameTable();
        var namespaces = new XmlNamespaceManager(nameTable);
        foreach (var prefix in xml.Prefixes)
            if (prefix is not ("xml" or "xmlns")) namespaces.AddNamespace(prefix, FeedNamespaces.ForUndeclaredPrefix(prefix));
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = false,
            NameTable = nameTable,
            CloseInput = true,
        };
        var context = new XmlParserContext(nameTable, namespaces, null, XmlSpace.None);
        var reader = new FeedXmlReader(XmlReader.Create(new StringReader(xml.Text), settings, context));
        reader.ReadRoot(documentUrl);
        return reader;
    }

    private void ReadRoot(Uri? documentUrl)
    {
        if (!Guard(() => _reader.MoveToContent() == XmlNodeType.Element)) return;
        RootName = XName.Get(_reader.LocalName, _reader.NamespaceURI);
        var attributes = new Dictionary<XName, string>();
        if (_reader.MoveToFirstAttribute())
        {
            do attributes[XName.Get(_reader.LocalName, _reader.NamespaceURI)] = _reader.Value;
            while (_reader.MoveToNextAttribute());
            _reader.MoveToElement();
        }
        RootAttributes = attributes;
        RootBase = XmlBase.Resolve(documentUrl, attributes.GetValueOrDefault(XNamespace.Xml + "base"));
    }

    /// <summary>
    /// Every element below the root that is not a container, in document order. A container's own attributes
    /// are not kept beyond its xml:base; the formats keep nothing else on rss, channel, feed or rdf:RDF.
    /// </summary>
    public IEnumerable<FeedElement> Elements(Func<XName, bool> isContainer)
    {
        if (Break is not null || _reader.NodeType != XmlNodeType.Element) yield break;
        _open.Push((RootName, RootBase));
        if (_reader.IsEmptyElement) yield break;
        if (!Guard(_reader.Read)) yield break;
        while (_open.Count > 0)
        {
            FeedElement? next = null;
            var ok = Guard(() =>
            {
                while (_open.Count > 0)
                {
                    switch (_reader.NodeType)
                    {
                        case XmlNodeType.Element:
                            var name = XName.Get(_reader.LocalName, _reader.NamespaceURI);
                            var (parent, parentBase) = _open.Peek();
                            if (isContainer(name))
                            {
                                var containerBase = XmlBase.Resolve(parentBase, _reader.GetAttribute("xml:base"));
                                var empty = _reader.IsEmptyElement;
                                _reader.Read();
                                if (!empty) _open.Push((name, containerBase));
                                continue;
                            }
                            next = new FeedElement((XElement)XNode.ReadFrom(_reader), parent, parentBase);
                            return true;
                        case XmlNodeType.EndElement:
                            _open.Pop();
                            if (_open.Count == 0) return true;
                            _reader.Read();
                            continue;
                        default:
                            if (!_reader.Read()) { _open.Clear(); return true; }
                            continue;
                    }
                }
                return true;
            });
            if (!ok) yield break;
            if (next is { } element) yield return element;
        }
    }

    private bool Guard(Func<bool> step)
    {
        try
        {
            return step();
        }
        catch (XmlException e)
        {
            Break = new XmlBreak(e.LineNumber, e.LinePosition, FirstSentence(e.Message));
            _open.Clear();
            return false;
        }
    }

    // XmlException messages end with " Line 12, position 5." which the break already says.
    private static string FirstSentence(string message)
    {
        var at = message.IndexOf(" Line ", StringComparison.Ordinal);
        var text = at > 0 ? message[..at] : message;
        return text.ReplaceLineEndings(" ").Trim().TrimEnd('.');
    }

    public void Dispose() => _reader.Dispose();
}
