using System.Text;

namespace MediaMonitor.Indexing;

/// <summary>What the cluster answered: a status (null when nothing answered), the body, and the transport's exception if any.</summary>
internal sealed record ElasticAnswer(int? Status, byte[] Body, Exception? Error)
{
    public bool Ok => Status is >= 200 and < 300;

    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>One line for a log or an error: the status and the start of the body, or the exception's message.</summary>
    public string Describe()
    {
        if (Status is null)
        {
            return $"no answer ({Error?.GetBaseException().Message ?? "unknown error"})";
        }

        var text = Text;
        return $"HTTP {Status}: {(text.Length > 300 ? text[..300] + "..." : text)}";
    }
}
