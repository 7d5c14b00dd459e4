using MediaMonitor.Configuration;

namespace MediaMonitor.Indexing;

/// <summary>
/// Refuses a settings file that holds an Elasticsearch secret: files get copied, committed and
/// attached to tickets; the environment does not.
/// </summary>
internal static class SecretsInFiles
{
    private static readonly string[] SecretKeys = [nameof(ElasticsearchOptions.ApiKey), nameof(ElasticsearchOptions.Password)];

    public static void Refuse(string configFile)
    {
        var file = new ConfigurationBuilder().AddJsonFile(configFile, optional: false, reloadOnChange: false).Build();
        foreach (var key in SecretKeys)
        {
            if (!string.IsNullOrEmpty(file[$"{ElasticsearchOptions.SectionName}:{key}"]))
            {
                throw new ConfigurationFileException(
                    $"{configFile}: {ElasticsearchOptions.SectionName}:{key} is a secret and may not be in a file; " +
                    $"remove it and set the environment variable {AppHost.EnvironmentPrefix}{ElasticsearchOptions.SectionName}__{key} instead");
            }
        }

        foreach (var url in file.GetSection($"{ElasticsearchOptions.SectionName}:{nameof(ElasticsearchOptions.Urls)}").GetChildren())
        {
            if (Uri.TryCreate(url.Value, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0)
            {
                throw new ConfigurationFileException(
                    $"{configFile}: {ElasticsearchOptions.SectionName}:{nameof(ElasticsearchOptions.Urls)}:{url.Key} carries a user and password; " +
                    $"give the user as {ElasticsearchOptions.SectionName}:{nameof(ElasticsearchOptions.Username)} and the password in {AppHost.EnvironmentPrefix}{ElasticsearchOptions.SectionName}__{nameof(ElasticsearchOptions.Password)}");
            }
        }
    }
}
