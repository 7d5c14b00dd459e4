namespace MediaMonitor.Signals.Legal;

/// <summary>What a legal signal says besides its kind and subject, when the text gives it.</summary>
/// <param name="Article">The criminal or administrative code article: "274", "174 ч. 1".</param>
/// <param name="Amount">The damages or fine as a number, in units of <paramref name="Currency"/>.</param>
/// <param name="Currency">KZT, RUB, USD, EUR, KGS, UZS or MRP (Kazakhstan's monthly calculation index).</param>
/// <param name="Court">The court as named.</param>
/// <param name="Claimant">Who filed the claim, as named.</param>
public sealed record LegalDetails(string? Article, decimal? Amount, string? Currency, string? Court, string? Claimant);
