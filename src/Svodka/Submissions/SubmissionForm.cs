using Microsoft.AspNetCore.Http;
using Svodka.Core.Entities;
using Svodka.Core.Urls;
using Svodka.Ingest.Sanitizing;
using Svodka.Storage.Submissions;
using Svodka.Web.Vocabulary;

namespace Svodka.Submissions;

/// <summary>
/// The fields of «Добавить новость» as typed (so an invalid form comes back as it was), and their checks:
/// lengths, an http(s) link, a region of the gazetteer, a news rubric. Text and title are reduced to plain
/// text before they are measured or stored, so markup never travels further.
/// </summary>
public sealed record SubmissionForm
{
    public const int MinTitle = 10, MinText = 50;
    /// <summary>The honeypot: hidden from people, filled in by bots that fill every field.</summary>
    public const string HoneypotField = "website";

    public string Title { get; init; } = "";
    public string Text { get; init; } = "";
    public string Link { get; init; } = "";
    public string Region { get; init; } = "";
    public string Rubric { get; init; } = "";
    public string Contact { get; init; } = "";
    public string Honeypot { get; init; } = "";

    public static SubmissionForm Read(IFormCollection form) => new()
    {
        Title = Field(form, "title", SubmissionLimits.TitleLength * 4),
        Text = Field(form, "text", SubmissionLimits.TextLength * 2),
        Link = Field(form, "link", SubmissionLimits.UrlLength * 2),
        Region = Field(form, "region", 128),
        Rubric = Field(form, "rubric", 32),
        Contact = Field(form, "contact", SubmissionLimits.ContactLength * 2),
        Honeypot = Field(form, HoneypotField, 200),
    };

    public static SubmissionForm From(SubmissionRecord s) => new()
    {
        Title = s.Title, Text = s.Text, Link = s.SourceUrl, Region = s.Region, Rubric = s.Rubric, Contact = s.Contact ?? "",
    };

    /// <summary>The cleaned content, or the messages to show next to the fields (keyed by field name).</summary>
    public (SubmissionContent? Content, Dictionary<string, string> Errors) Check(Gazetteer gazetteer, SubmissionWords words)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var title = OneLine(PlainText.FromHtml(Title));
        var text = PlainText.FromHtml(Text.Replace("\r\n", "\n")).Trim();
        var contact = OneLine(PlainText.FromHtml(Contact));
        var link = Link.Trim();

        if (title.Length < MinTitle) errors["title"] = words.TitleTooShort;
        else if (title.Length > SubmissionLimits.TitleLength) errors["title"] = words.TitleTooLong;
        if (text.Length < MinText) errors["text"] = words.TextTooShort;
        else if (text.Length > SubmissionLimits.TextLength) errors["text"] = words.TextTooLong;
        string? canonical = null;
        if (link.Length > SubmissionLimits.UrlLength || !Uri.TryCreate(link, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || (canonical = CanonicalUrl.TryNormalize(link)) is null)
            errors["link"] = words.LinkInvalid;
        if (gazetteer.Region(Region) is null) errors["region"] = words.RegionMissing;
        if (!PortalVocabulary.IsRubric(Rubric)) errors["rubric"] = words.RubricMissing;
        if (contact.Length > SubmissionLimits.ContactLength) errors["contact"] = words.ContactTooLong;

        if (errors.Count > 0) return (null, errors);
        return (new SubmissionContent(title, text, link, canonical!, TitleKey.Of(title), Region, Rubric,
            contact.Length > 0 ? contact : null), errors);
    }

    private static string Field(IFormCollection form, string name, int cap)
    {
        var value = form[name].ToString();
        return value.Length > cap ? value[..cap] : value;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
