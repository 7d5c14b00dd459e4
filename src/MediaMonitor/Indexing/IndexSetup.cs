using Elastic.Clients.Elasticsearch;
using MediaMonitor.Configuration;
using Microsoft.Extensions.Options;
using EsMethod = Elastic.Transport.HttpMethod;

namespace MediaMonitor.Indexing;

/// <summary>
/// Creates or updates the retention policy, the component and index templates, the mappings of
/// indices that already exist, and the incidents index. Every step is a PUT of the full definition,
/// so running it twice changes nothing the second time.
/// </summary>
public sealed partial class IndexSetup(ElasticClientProvider clients, IOptions<ElasticsearchOptions> options, ILogger<IndexSetup> logger)
{
    /// <summary>Runs every step; returns one line per step. Throws <see cref="IndexingException"/> at the first refusal.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var client = clients.Client;
        var templates = new IndexTemplates(options.Value);
        var names = templates.Names;
        var done = new List<string>();

        var info = await ElasticRaw.SendAsync(client, EsMethod.GET, "/", (string?)null, cancellationToken).ConfigureAwait(false);
        Require(info, "GET / (cluster info)");
        done.Add($"cluster answered at {ElasticClientFactory.Describe(options.Value)}");

        await PutAsync(client, $"/_ilm/policy/{names.RetentionPolicy}", templates.RetentionPolicyBody(), $"retention policy {names.RetentionPolicy} (delete after {IndexTemplates.Duration(options.Value.MeasurementRetention)})", done, cancellationToken).ConfigureAwait(false);
        foreach (var (name, body) in templates.ComponentTemplates())
        {
            await PutAsync(client, $"/_component_template/{name}", body, $"component template {name}", done, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (name, body) in templates.IndexTemplateBodies())
        {
            await PutAsync(client, $"/_index_template/{name}", body, $"index template {name}", done, cancellationToken).ConfigureAwait(false);
        }

        // Templates shape only indices created after them; new fields must reach the existing ones too.
        foreach (var kind in IndexTemplates.Kinds.Where(k => k != "incidents"))
        {
            var pattern = $"{names.Prefix}-{kind}-*";
            var answer = await ElasticRaw.SendAsync(client, EsMethod.PUT, $"/{pattern}/_mapping?allow_no_indices=true&ignore_unavailable=true", IndexTemplates.MappingFor(kind), cancellationToken).ConfigureAwait(false);
            Require(answer, $"mapping update of {pattern}");
            done.Add($"mappings of existing {pattern} indices updated");
        }

        var head = await ElasticRaw.SendAsync(client, EsMethod.HEAD, $"/{names.Incidents}", (string?)null, cancellationToken).ConfigureAwait(false);
        if (head.Status == 404)
        {
            var created = await ElasticRaw.SendAsync(client, EsMethod.PUT, $"/{names.Incidents}", "{}", cancellationToken).ConfigureAwait(false);
            if (!created.Ok && !created.Text.Contains("resource_already_exists_exception", StringComparison.Ordinal))
            {
                Require(created, $"create index {names.Incidents}");
            }

            done.Add($"index {names.Incidents} created");
        }
        else
        {
            Require(head, $"HEAD {names.Incidents}");
            var mapping = await ElasticRaw.SendAsync(client, EsMethod.PUT, $"/{names.Incidents}/_mapping", IndexTemplates.MappingFor("incidents"), cancellationToken).ConfigureAwait(false);
            Require(mapping, $"mapping update of {names.Incidents}");
            done.Add($"index {names.Incidents} exists; mappings updated");
        }

        foreach (var line in done)
        {
            LogStep(logger, line);
        }

        return done;
    }

    private static async Task PutAsync(ElasticsearchClient client, string path, string body, string what, List<string> done, CancellationToken cancellationToken)
    {
        var answer = await ElasticRaw.SendAsync(client, EsMethod.PUT, path, body, cancellationToken).ConfigureAwait(false);
        Require(answer, what);
        done.Add($"{what}: created or updated");
    }

    private static void Require(ElasticAnswer answer, string what)
    {
        if (!answer.Ok)
        {
            throw new IndexingException($"{what} failed: {answer.Describe()}", answer.Status);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index setup: {Step}")]
    private static partial void LogStep(ILogger logger, string step);
}
