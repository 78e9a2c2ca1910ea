using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>Generated code must write readonly fields and inline structs exactly as reflection does, and be built once.</summary>
    public sealed class CompiledStrategyTests
    {
        public static TheoryData<DeepCopyStrategy> CodeGeneratingStrategies => new TheoryData<DeepCopyStrategy>
        {
            DeepCopyStrategy.Compiled,
            DeepCopyStrategy.Pooled,
        };

        [Theory]
        [MemberData(nameof(CodeGeneratingStrategies))]
        public void RewritesReadonlyAndInlineStructFields(DeepCopyStrategy strategy)
        {
            var source = NewHolder();
            var copy = (DerivedHolder)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

            Assert.NotSame(source.Owner, copy.Owner);
            Assert.Equal("ada", copy.Owner.Name);
            Assert.NotSame(source.Inline.First, copy.Inline.First);
            Assert.NotSame(source.Inline.Second, copy.Inline.Second);
            Assert.Equal(new[] { 1, 2 }, copy.Inline.Second);
            Assert.NotSame(source.Boxed, copy.Boxed);
            Assert.NotSame(((Pair)source.Boxed).Second, ((Pair)copy.Boxed).Second);
            Assert.NotSame(source.Nested.Inner.Second, copy.Nested.Inner.Second);
            Assert.NotSame(source.Notes, copy.Notes);
            Assert.Equal(source.Notes, copy.Notes);

            // Shared references inside structs stay shared with the rest of the copy.
            Assert.Same(copy.Owner, copy.Inline.First);
        }

        [Theory]
        [MemberData(nameof(CodeGeneratingStrategies))]
        public void NamesInlineStructFieldsInPaths(DeepCopyStrategy strategy)
        {
            var source = new Holder(new Customer("x", new Address("s", "c", "n")), new Pair(new System.IO.MemoryStream(), new int[0]), 1, default);
            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));
            Assert.Equal("$.Inline.First", error.Path);
        }

        [Fact]
        public void CompilesEachTypeExactlyOnceUnderContention()
        {
            var plan = TypePlanCache.Get(typeof(ContendedType));
            Assert.Null(plan.CompiledPopulate);
            var delegates = new Action<object, DeepCopyContext>?[8];
            using var start = new Barrier(8);
            var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                DeepCopier.Copy(new ContendedType { Items = new List<int> { i } }, new DeepCopyOptions { Strategy = DeepCopyStrategy.Compiled });
                delegates[i] = plan.CompiledPopulate;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(delegates, d => Assert.Same(delegates[0], d));
        }

        [Fact]
        public void AutoStartsColdTypesOnReflectionAndCompilesHotOnes()
        {
            var auto = new DeepCopyOptions { Strategy = DeepCopyStrategy.Auto };
            DeepCopier.Copy(new AutoProbeType { Items = new List<int>() }, auto);
            var plan = TypePlanCache.Get(typeof(AutoProbeType));
            Assert.Null(plan.CompiledPopulate);

            var many = Enumerable.Range(0, AdaptiveObjectFiller.CompileThreshold + 10).Select(_ => new AutoProbeType { Items = new List<int>() }).ToList();
            // The plan the hot copy used: a parallel test's registration may have thrown the first one away.
            var (_, hot) = HotAutoCopy<AutoProbeType>.Make(many);
            Assert.NotNull(hot.CompiledPopulate);
        }

        private static DerivedHolder NewHolder()
        {
            var owner = new Customer("ada", new Address("s", "c", "n"));
            var inline = new Pair(owner, new[] { 1, 2 });
            return new DerivedHolder(owner, inline, new Pair("boxed", new[] { 3 }), new Wrapper(new Pair(null, new[] { 4 })), new List<string> { "a", "b" });
        }

        private sealed class ContendedType
        {
            public List<int>? Items;
        }

        private sealed class AutoProbeType
        {
            public List<int>? Items;
        }
    }
}
