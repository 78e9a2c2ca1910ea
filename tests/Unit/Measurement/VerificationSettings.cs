using System;
using DeepCopy.Core.Measurement;

namespace DeepCopy.Tests.Measurement;

/// <summary>Settings for tests about a row's verification: two timed copies and no warm-up, since only the verdict matters.</summary>
internal static class VerificationSettings
{
    public static MeasurementSettings Quick() => new MeasurementSettings
    {
        Iterations = 2,
        Warmup = 0,
        WarmupTime = TimeSpan.Zero,
        JitQuietTime = TimeSpan.Zero,
        TargetTimePerRow = TimeSpan.FromMilliseconds(5),
    };
}
