using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DeepCopy.Tests.Fuzz;

/// <summary>
/// Runs one check over a range of seeds, and fails with every failing seed named (up to a bound), so each can be
/// replayed alone and turned into a regression test. The summary line it writes is what build.ps1 -Task Fuzz prints.
/// </summary>
internal static class FuzzRun
{
    private const int MaxFailuresReported = 10;

    public static void Over(string label, int firstSeed, int count, ITestOutputHelper output, Func<int, int> check)
    {
        var failures = new List<string>();
        var failed = 0;
        long objects = 0;
        var timer = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var seed = unchecked(firstSeed + i);
            try
            {
                objects += check(seed);
            }
            catch (Exception ex)
            {
                failed++;
                if (failures.Count < MaxFailuresReported)
                {
                    failures.Add("seed " + seed.ToString(CultureInfo.InvariantCulture) + ": " + Describe(ex));
                }
            }
        }

        var summary = string.Format(
            CultureInfo.InvariantCulture,
            "FUZZ {0}: {1} graphs from seed {2}, {3} objects generated, {4} failed ({5:0.0} s)",
            label,
            count,
            firstSeed,
            objects,
            failed,
            timer.Elapsed.TotalSeconds);
        output.WriteLine(summary);
        if (failed > 0)
        {
            var message = new StringBuilder(summary).AppendLine(". Replay one with " + FuzzSettings.SeedVariable + "=<seed> " + FuzzSettings.CountVariable + "=1.");
            foreach (var failure in failures)
            {
                message.AppendLine("FUZZ FAILURE " + label + " " + failure);
            }

            throw new XunitException(message.ToString());
        }
    }

    private static string Describe(Exception ex)
    {
        var text = ex.GetType().Name + ": " + ex.Message;
        for (var inner = ex.InnerException; inner != null; inner = inner.InnerException)
        {
            text += " --> " + inner.GetType().Name + ": " + inner.Message;
        }

        var frames = ex.StackTrace?.Split('\n');
        return frames is { Length: > 0 } ? text + " (" + frames[0].Trim() + ")" : text;
    }
}
