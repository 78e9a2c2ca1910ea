using System;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Core.Pooling;
using Xunit;

namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>Pooled's promises: scratch is reused, the copy is all it allocates, and large graphs set off no gen-2 collection.</summary>
    [Collection(nameof(SerialGcCollection))]
    public sealed class PooledStrategyTests
    {
        private static readonly DeepCopyOptions Pooled = new DeepCopyOptions { Strategy = DeepCopyStrategy.Pooled };

        [Fact]
        public void SecondCopyOnAThreadReusesTheContext()
        {
            ContextPool.DropCurrentThreadContext();
            var graph = OrderGraph.Build(10);
            var missesBefore = DeepCopyDiagnostics.PoolMisses;
            DeepCopier.Copy(graph, Pooled);
            var hitsBefore = DeepCopyDiagnostics.PoolHits;
            DeepCopier.Copy(graph, Pooled);

            Assert.True(DeepCopyDiagnostics.PoolMisses > missesBefore);
            Assert.True(DeepCopyDiagnostics.PoolHits > hitsBefore);
            Assert.True(ContextPool.HasContext);
        }

        [Fact]
        public void AfterWarmUpAllocatesNoMoreThanAHandWrittenCopier()
        {
            var graph = OrderGraph.Build(2_000);
            DeepCopier.Copy(graph, Pooled);
            OrderGraph.CopyByHand(graph);

            var byHand = Allocated(() => OrderGraph.CopyByHand(graph));
            var pooled = Allocated(() => DeepCopier.Copy(graph, Pooled));

            // The hand-written copier's own scratch (its customer map) is the slack; Pooled has none of its own.
            Assert.True(pooled <= byHand, $"Pooled allocated {pooled:N0} bytes, the hand-written copier {byHand:N0}.");
        }

        [Fact]
        public void FailedCopyStillReturnsTheContextClean()
        {
            var bad = new List<object> { new System.IO.MemoryStream() };
            Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(bad, Pooled));
            Assert.True(ContextPool.HasContext);

            var good = OrderGraph.Build(3);
            var copy = DeepCopier.Copy(good, Pooled);
            Assert.Equal(3, copy.Count);
            Assert.NotSame(good[0], copy[0]);
        }

        /// <summary>
        /// The study's "pooling cuts GC" claim, measured honestly: the runtime cloners' fresh identity map per copy lands
        /// on the large-object heap and sets off gen-2 collections; Pooled's scratch never does, so it causes no more
        /// gen-2 collections than a hand-written copier, whose only gen-2 work is promoting the copies themselves, nor
        /// than DeepCopy's own fresh scratch (which stays off the large-object heap too, so the two may tie).
        /// </summary>
        [Fact]
        public void BackToBackCopiesOfTenThousandOrdersCostNoMoreGen2ThanHandWrittenCode()
        {
            var graph = OrderGraph.Build(10_000);
            var byHand = Gen2Collections(() => OrderGraph.CopyByHand(graph));
            var pooled = Gen2Collections(() => DeepCopier.Copy(graph, Pooled));
            var fresh = Gen2Collections(() => DeepCopier.Copy(graph, new DeepCopyOptions { Strategy = DeepCopyStrategy.Compiled }));

            Assert.True(pooled <= byHand + 2, $"gen-2 collections: Pooled {pooled}, hand-written {byHand}.");
            // Fresh scratch no longer reaches the large-object heap either (IdentityMap keeps every array under it), so
            // whether it sets off a gen-2 collection in 40 copies is the collector's call; Pooled must never set off more.
            Assert.True(pooled <= fresh, $"gen-2 collections: Pooled {pooled}, Compiled with fresh scratch {fresh}.");
        }

        private static int Gen2Collections(Action copy)
        {
            const int copies = 40;
            copy();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var before = GC.CollectionCount(2);
            for (var i = 0; i < copies; i++)
            {
                copy();
            }

            return GC.CollectionCount(2) - before;
        }

        private static long Allocated(Action action)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
