namespace MediaMonitor.Tests.Probing.Dns;

/// <summary>How a zone entry misbehaves on the wire.</summary>
internal enum ZoneBehavior
{
    Normal,

    /// <summary>Never answers.</summary>
    Silent,

    /// <summary>UDP: junk, a reply with another id, a reply to another question, then the real reply. DoH: only the wrong id.</summary>
    SpoofFirst,

    /// <summary>Our id, then bytes that do not decode.</summary>
    Garbage,

    /// <summary>The real reply cut off in the middle of an answer, TC not set.</summary>
    CutShort,

    /// <summary>UDP answers with TC and no records; TCP answers in full.</summary>
    TruncatedOverUdp,

    /// <summary>Drops the first query for each type, answers the next.</summary>
    DropFirst,
}
