using System.ComponentModel.DataAnnotations;

namespace MediaMonitor.Content.Monitoring;

/// <summary>A feed read for legal signals only, such as a monitoring organisation's news.</summary>
public sealed class SignalSource
{
    /// <summary>Short name, used in the store as the source's outlet ("source:NAME").</summary>
    [Required, RegularExpression("^[a-z0-9-]+$", ErrorMessage = "lower-case letters, digits and '-'")]
    public string Name { get; set; } = "";

    /// <summary>RSS, Atom or news sitemap URL.</summary>
    [Required, Url]
    public string Feed { get; set; } = "";
}
