using System;
using System.Diagnostics;
using System.Globalization;
using DeepCopy.Benchmarks.Workloads;
using DeepCopy.Core;

namespace DeepCopy.Benchmarks
{
    /// <summary>
    /// Peak memory of one huge copy, which BenchmarkDotNet does not measure: a <c>ChainNode[]</c> of N nodes, each
    /// pointing at the one before, copied once. Run as <c>DeepCopy.Benchmarks memory [nodes] [strategy]</c>; it prints
    /// the managed heap before and after and the process's peak working set, and the overhead beyond source and copy.
    /// A fresh process per run, because the peak working set never goes down.
    /// </summary>
    internal static class MemoryProbe
    {
        public static int Run(string[] args)
        {
            var nodes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
            var strategy = args.Length > 2 ? (DeepCopyStrategy)Enum.Parse(typeof(DeepCopyStrategy), args[2], ignoreCase: true) : DeepCopyStrategy.Auto;
            var source = new ChainNode[nodes];
            for (var i = 0; i < nodes; i++)
            {
                source[i] = new ChainNode { Value = i, Next = i > 0 ? source[i - 1] : null };
            }

            var sourceBytes = SettledHeap();
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var workingSetBefore = process.WorkingSet64;

            var stopwatch = Stopwatch.StartNew();
            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });
            stopwatch.Stop();

            var bothBytes = SettledHeap();
            process.Refresh();
            var copyBytes = bothBytes - sourceBytes;
            var overhead = process.PeakWorkingSet64 - workingSetBefore - copyBytes;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1:N0} nodes copied in {2:0.0} s", strategy, nodes, stopwatch.Elapsed.TotalSeconds));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  managed heap, source only:   {0:N0} MB", Megabytes(sourceBytes)));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  managed heap, source + copy: {0:N0} MB (copy {1:N0} MB)", Megabytes(bothBytes), Megabytes(copyBytes)));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  peak working set:            {0:N0} MB (before the copy {1:N0} MB)", Megabytes(process.PeakWorkingSet64), Megabytes(workingSetBefore)));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  overhead beyond source+copy: {0:N0} MB, {1:0} bytes per node", Megabytes(overhead), (double)overhead / nodes));
            GC.KeepAlive(copy);
            GC.KeepAlive(source);
            return 0;
        }

        private static long SettledHeap()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return GC.GetTotalMemory(forceFullCollection: true);
        }

        private static double Megabytes(long bytes) => bytes / 1048576.0;
    }
}
