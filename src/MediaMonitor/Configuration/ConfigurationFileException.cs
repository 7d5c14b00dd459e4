namespace MediaMonitor.Configuration;

/// <summary>The configuration cannot be used; the message says which file or key and why.</summary>
public sealed class ConfigurationFileException(string message) : Exception(message);
