using Microsoft.Extensions.Options;

namespace MediaMonitor.Configuration;

internal static class OptionsRegistration
{
    /// <summary>
    /// Binds a feature's options to its section and validates them when the host starts, so a wrong
    /// value stops the program before anything runs, naming the key.
    /// </summary>
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string sectionName)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        return services;
    }
}
