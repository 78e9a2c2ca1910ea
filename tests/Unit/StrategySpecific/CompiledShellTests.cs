using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Core.Compilation;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;
using Xunit;

namespace DeepCopy.Tests.StrategySpecific
{
    /// <summary>
    /// The generated shell (allocate without a constructor, copy every field) must make exactly what MemberwiseClone
    /// makes, run no user code, be built once per type, and give way to MemberwiseClone where the runtime refuses it.
    /// </summary>
    public sealed class CompiledShellTests
    {
        private static readonly DeepCopyOptions Compiled = new DeepCopyOptions { Strategy = DeepCopyStrategy.Compiled };

        [Fact]
        public void GeneratedShellCopiesEveryFieldOfTheHierarchyLikeMemberwiseClone()
        {
            var source = new Derived(7, "base-private", new[] { 1, 2 }) { Text = "t", When = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), Amount = 12.5m, Maybe = 3, Id = Guid.NewGuid() };
            var plan = TypePlanCache.Get(typeof(Derived));

            var shell = ShellCompiler.TryCompile(plan)!(source, new DeepCopyContext(ReflectionObjectFiller.Instance));
            var clone = ShallowCloner.Clone(source);

            Assert.IsType<Derived>(shell);
            Assert.NotSame(source, shell);
            foreach (var field in AllInstanceFields(typeof(Derived)))
            {
                Assert.Equal(field.GetValue(clone), field.GetValue(shell));
            }

            Assert.Same(source.Numbers, ((Derived)shell).Numbers);
        }

        [Fact]
        public void GeneratedShellOfABoxedStructIsANewBoxWithTheSameValue()
        {
            object source = new Point3(1, 2, new[] { 3 });
            var plan = TypePlanCache.Get(typeof(Point3));

            var shell = ShellCompiler.TryCompile(plan)!(source, new DeepCopyContext(ReflectionObjectFiller.Instance));

            Assert.NotSame(source, shell);
            Assert.Equal(source, shell);
        }

        [Theory]
        [InlineData(DeepCopyStrategy.Compiled)]
        [InlineData(DeepCopyStrategy.Pooled)]
        public void ShellsRunNoConstructor(DeepCopyStrategy strategy)
        {
            var sources = Enumerable.Range(0, 3).Select(i => new CountsConstructions(i)).ToList();
            var before = CountsConstructions.Constructed;

            var copies = DeepCopier.Copy(sources, new DeepCopyOptions { Strategy = strategy })!;

            Assert.Equal(before, CountsConstructions.Constructed);
            Assert.Equal(new[] { 0, 1, 2 }, copies.Select(c => c.Value));
        }

        [Fact]
        public void AShellTheRuntimeRefusesFallsBackToMemberwiseCloneForGood()
        {
            var plan = TypePlanCache.Get(typeof(RefusedShellType));
            Func<object, DeepCopyContext, object> refusing = (source, context) => throw new NotSupportedException("refused");
            plan.CompiledShell = refusing;

            var source = new RefusedShellType { Items = new List<int> { 1, 2 }, Name = "n" };
            var copy = DeepCopier.Copy(source, Compiled)!;

            Assert.Equal("n", copy.Name);
            Assert.Equal(new[] { 1, 2 }, copy.Items);
            Assert.NotSame(source.Items, copy.Items);
            Assert.NotNull(plan.CompiledShell);
            Assert.NotSame(refusing, plan.CompiledShell);
        }

        [Fact]
        public void CompilesEachShellExactlyOnceUnderContention()
        {
            var plan = TypePlanCache.Get(typeof(ContendedShellType));
            Assert.Null(plan.CompiledShell);
            var factories = new Func<object, DeepCopyContext, object>?[8];
            using var start = new Barrier(8);
            var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                DeepCopier.Copy(new ContendedShellType { Value = i }, Compiled);
                factories[i] = plan.CompiledShell;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.NotNull(factories[0]);
            Assert.All(factories, f => Assert.Same(factories[0], f));
        }

        [Fact]
        public void AutoCompilesTheShellsOfAHotTypeThatIsNeverPopulated()
        {
            var auto = new DeepCopyOptions { Strategy = DeepCopyStrategy.Auto };
            var plan = TypePlanCache.Get(typeof(AllImmutableFields));
            Assert.False(plan.NeedsPopulate);

            DeepCopier.Copy(new List<AllImmutableFields> { new AllImmutableFields { Value = 1 } }, auto);
            Assert.Null(plan.CompiledShell);

            var many = Enumerable.Range(0, AdaptiveObjectFiller.CompileThreshold + 10).Select(i => new AllImmutableFields { Value = i }).ToList();
            var copy = DeepCopier.Copy(many, auto)!;

            Assert.NotNull(plan.CompiledShell);
            Assert.Equal(many.Select(m => m.Value), copy.Select(c => c.Value));
            Assert.All(copy.Zip(many, (c, m) => (c, m)), pair => Assert.NotSame(pair.m, pair.c));
        }

        [Fact]
        public void PrefetchIsUsedOnX86AndX64Only()
        {
            var architecture = RuntimeInformation.ProcessArchitecture;
            var expected = architecture == Architecture.X64 || architecture == Architecture.X86;
            Assert.Equal(expected, PrefetchIntrinsic.Method != null);
        }

        private static IEnumerable<FieldInfo> AllInstanceFields(Type type)
        {
            for (var level = type; level != null; level = level.BaseType)
            {
                foreach (var field in level.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    yield return field;
                }
            }
        }

        private class Base
        {
            private readonly string _secret;
            private readonly int _number;

            protected Base(int number, string secret)
            {
                _number = number;
                _secret = secret;
            }

            public override string ToString() => _secret + _number;
        }

        private sealed class Derived : Base
        {
            public readonly int[] Numbers;

            public Derived(int number, string secret, int[] numbers)
                : base(number, secret)
            {
                Numbers = numbers;
            }

            public string? Text { get; set; }

            public DateTime When { get; set; }

            public decimal Amount { get; set; }

            public int? Maybe { get; set; }

            public Guid Id { get; set; }
        }

        private readonly struct Point3
        {
            public Point3(int x, int y, int[] tags)
            {
                X = x;
                Y = y;
                Tags = tags;
            }

            public int X { get; }

            public int Y { get; }

            public int[] Tags { get; }
        }

        private sealed class CountsConstructions
        {
            private static int _constructed;

            public CountsConstructions(int value)
            {
                Value = value;
                Interlocked.Increment(ref _constructed);
            }

            public static int Constructed => Volatile.Read(ref _constructed);

            public int Value { get; }

            public List<int> Items { get; } = new List<int>();
        }

        private sealed class RefusedShellType
        {
            public List<int>? Items;
            public string? Name;
        }

        private sealed class ContendedShellType
        {
            public int Value;
        }

        private sealed class AllImmutableFields
        {
            public int Value;
        }
    }
}
