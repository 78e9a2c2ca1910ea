using System;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// GC readings that only newer runtimes have. Core targets netstandard2.0 and also runs on .NET Framework, so each
    /// method is looked up once by reflection and bound to a delegate; where it is missing the reading is null.
    /// </summary>
    internal static class GcProbe
    {
        // .NET Core 3.0+ and .NET Framework 4.8+: exact bytes allocated by the calling thread.
        private static readonly Func<long>? AllocatedBytes = OptionalRuntimeMethod.Bind<Func<long>>(typeof(GC), "GetAllocatedBytesForCurrentThread");

        // .NET 7+: total time the process was paused by the GC.
        private static readonly Func<TimeSpan>? PauseDuration = OptionalRuntimeMethod.Bind<Func<TimeSpan>>(typeof(GC), "GetTotalPauseDuration");

        // Bytes that worker threads allocated for work this thread waited on (a baseline's long JSON read), credited
        // to it, so a copy's bytes do not depend on which thread did its work.
        [ThreadStatic]
        private static long t_creditedBytes;

        public static bool CanReadAllocatedBytes => AllocatedBytes != null;

        public static bool CanReadPauseDuration => PauseDuration != null;

        /// <summary>Bytes allocated by the calling thread, plus those credited to it; 0 where the runtime cannot tell.</summary>
        public static long AllocatedBytesForCurrentThread() => AllocatedBytes is null ? 0 : AllocatedBytes() + t_creditedBytes;

        /// <summary>Adds bytes another thread allocated for the calling thread's work to its reading.</summary>
        public static void CreditAllocatedBytes(long bytes) => t_creditedBytes += bytes;

        public static TimeSpan TotalPauseDuration() => PauseDuration?.Invoke() ?? TimeSpan.Zero;
    }
}
