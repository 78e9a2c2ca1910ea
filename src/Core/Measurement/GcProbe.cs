using System;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// GC readings that only newer runtimes have. Core targets netstandard2.0 and also runs on .NET Framework, so each
    /// method is looked up once by reflection and bound to a delegate; where it is missing the reading is null.
    /// </summary>
    internal static class GcProbe
    {
        // .NET Core 3.0+: exact bytes allocated by the calling thread.
        private static readonly Func<long>? AllocatedBytes = OptionalRuntimeMethod.Bind<Func<long>>(typeof(GC), "GetAllocatedBytesForCurrentThread");

        // .NET 7+: total time the process was paused by the GC.
        private static readonly Func<TimeSpan>? PauseDuration = OptionalRuntimeMethod.Bind<Func<TimeSpan>>(typeof(GC), "GetTotalPauseDuration");

        public static bool CanReadAllocatedBytes => AllocatedBytes != null;

        public static bool CanReadPauseDuration => PauseDuration != null;

        public static long AllocatedBytesForCurrentThread() => AllocatedBytes?.Invoke() ?? 0;

        public static TimeSpan TotalPauseDuration() => PauseDuration?.Invoke() ?? TimeSpan.Zero;
    }
}
