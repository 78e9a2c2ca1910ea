using System;
using System.Globalization;

namespace DeepCopy.Tests.Fuzz;

/// <summary>
/// How many graphs each fuzz theory tries, and from which seed. CI uses the defaults; <c>build.ps1 -Task Fuzz</c>
/// sets <c>DEEPCOPY_FUZZ_COUNT</c> and <c>DEEPCOPY_FUZZ_SEED</c> for long runs. Graph i is made from seed
/// <c>Seed + i</c>, so any failure is reproduced alone with its seed and a count of 1.
/// </summary>
internal static class FuzzSettings
{
    public const string CountVariable = "DEEPCOPY_FUZZ_COUNT";
    public const string SeedVariable = "DEEPCOPY_FUZZ_SEED";

    /// <summary>Graphs per strategy in CI: sized so the whole CI fuzz stays well under a minute on two cores.</summary>
    public const int DefaultCount = 2000;

    public const int DefaultSeed = 1;

    public static int Count => Read(CountVariable, DefaultCount);

    public static int Seed => Read(SeedVariable, DefaultSeed);

    /// <summary>True when a long run asked for more than CI does.</summary>
    public static bool IsLongRun => Environment.GetEnvironmentVariable(CountVariable) != null;

    private static int Read(string name, int fallback)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException(name + " must be an integer, not '" + text + "'.");
    }
}
