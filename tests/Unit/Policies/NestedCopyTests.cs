using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Policies.PolicyTypes;

namespace DeepCopy.Tests.Policies
{
    /// <summary>
    /// Copiers that run copies of their own (a snapshot of something else, the same value under other policies), or
    /// that catch a failure of their context and carry on: each copy keeps its own failures, cycle checks and
    /// cancellation, and a copy that failed is never returned as if it were whole (hunt 29).
    /// </summary>
    public sealed class NestedCopyTests
    {
        public sealed class Node
        {
            public object? Resource;
            public List<int> Data = new List<int> { 1, 2 };
        }

        public sealed class Carrier
        {
            public object? Payload;
        }

        public sealed class StreamHolder
        {
            public object? Stream;
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CopierThatSwallowsAFailureOfItsContextFailsTheWholeCopy(DeepCopyStrategy strategy)
        {
            // The copier tries a deep copy of its payload and leaves it out when that fails; the node it tried is
            // reached again after it. Its half-filled copy (the source's list and stream) must not be returned.
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Carrier), (source, context) =>
            {
                var copy = new Carrier();
                try
                {
                    copy.Payload = context.CopyKey(((Carrier)source).Payload, 0);
                }
                catch (DeepCopyException)
                {
                    copy.Payload = null;
                }

                return copy;
            }).Build();
            var node = new Node { Resource = new MemoryStream() };
            var source = new List<object> { new Carrier { Payload = node }, node };

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies)));

            Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
            Assert.Equal("$[0].Keys[0].Resource", error.Path);
            Assert.Same(node.Resource, error.OffendingValue);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CopierThatSwallowsAFailureCannotCopyMoreThroughItsContext(DeepCopyStrategy strategy)
        {
            Exception? second = null;
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Carrier), (source, context) =>
            {
                try
                {
                    context.CopyMember(((Carrier)source).Payload, "Payload");
                }
                catch (DeepCopyException)
                {
                    second = Record.Exception(() => context.CopyMember(new Node(), "Fallback"));
                }

                return new Carrier();
            }).Build();
            var source = new Holder { Anything = new Carrier { Payload = new MemoryStream() } };

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies)));

            Assert.Equal("$.Anything.Payload", error.Path);
            Assert.Same(error, second);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void FailedCopyLeavesTheNextCopyOnTheThreadWhole(DeepCopyStrategy strategy)
        {
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Carrier), (source, context) =>
            {
                try
                {
                    context.CopyMember(((Carrier)source).Payload, "Payload");
                }
                catch (DeepCopyException)
                {
                }

                return new Carrier();
            }).Build();
            Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new Carrier { Payload = new MemoryStream() }, PolicyStrategies.With(strategy, policies)));

            var config = new Config();
            var copy = DeepCopier.Copy(new List<object> { new Carrier { Payload = config }, config }, PolicyStrategies.With(strategy, policies));

            Assert.NotSame(config, copy[1]);
            Assert.NotSame(config.Values, ((Config)copy[1]).Values);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void FailedNestedCopyOfACopierIsTheCopiersFailureAtItsValue(DeepCopyStrategy strategy)
        {
            foreach (var inner in new[] { DeepCopyStrategy.Auto, DeepCopyStrategy.Reflection })
            {
                var policies = TypePolicySet.CreateBuilder().Custom(typeof(Config), source =>
                {
                    DeepCopier.Copy(new StreamHolder { Stream = new MemoryStream() }, new DeepCopyOptions { Strategy = inner });
                    return new Config();
                }).Build();
                var source = new Holder();
                source.Items.Add(1);
                source.Items.Add(new Config());

                var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies)));

                Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
                Assert.Equal("$.Items[1]", error.Path);
                Assert.Same(source.Items[1], error.OffendingValue);
                var innerError = Assert.IsType<DeepCopyException>(error.InnerException);
                Assert.Equal(DeepCopyErrorKind.NonCopyableType, innerError.Kind);
                Assert.Equal("$.Stream", innerError.Path);
            }
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void FailureDeeperInTheSameCopyKeepsItsOwnPath(DeepCopyStrategy strategy)
        {
            // A copier's context call that fails is this copy's failure: it passes through with the child's path.
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Carrier), (source, context) =>
                new Carrier { Payload = context.CopyMember(((Carrier)source).Payload, "Payload") }).Build();
            var source = new Holder { Anything = new Carrier { Payload = new MemoryStream() } };

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies)));

            Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
            Assert.Equal("$.Anything.Payload", error.Path);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CopiersOwnCancellationIsTheCopiersFailure(DeepCopyStrategy strategy)
        {
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Config), source =>
            {
                using var own = new CancellationTokenSource();
                own.Cancel();
                DeepCopier.Copy(new Config(), new DeepCopyOptions { CancellationToken = own.Token });
                return new Config();
            }).Build();
            var source = new Holder { Config = new Config() };

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies)));

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
            Assert.Equal("$.Config", error.Path);
            Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CancellationOfTheCopysOwnTokenStillStopsIt(DeepCopyStrategy strategy)
        {
            using var cancellation = new CancellationTokenSource();
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Config), source =>
            {
                cancellation.Cancel();
                cancellation.Token.ThrowIfCancellationRequested();
                return new Config();
            }).Build();
            var options = new DeepCopyOptions { Strategy = strategy, TypePolicies = policies, CancellationToken = cancellation.Token };

            var error = Assert.ThrowsAny<OperationCanceledException>(() => DeepCopier.Copy(new Holder { Config = new Config() }, options));

            Assert.Equal(cancellation.Token, error.CancellationToken);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CopierThatCopiesTheSameValueUnderOtherPoliciesIsNoCycle(DeepCopyStrategy strategy)
        {
            var inner = TypePolicySet.CreateBuilder().Custom(typeof(Config), source => new Config { Name = "inner" }).Build();
            var outer = TypePolicySet.CreateBuilder().Custom(typeof(Config), source =>
            {
                var copy = DeepCopier.Copy((Config)source, new DeepCopyOptions { Strategy = strategy, TypePolicies = inner });
                copy.Name = "outer+" + copy.Name;
                return copy;
            }).Build();

            var copy = DeepCopier.Copy(new Holder { Config = new Config() }, PolicyStrategies.With(strategy, outer));

            Assert.Equal("outer+inner", copy.Config!.Name);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CopierThatAsksItsOwnContextForItsValueIsStillACycle(DeepCopyStrategy strategy)
        {
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Config), (source, context) => context.CopyMember(source, "Self")).Build();

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new Holder { Config = new Config() }, PolicyStrategies.With(strategy, policies)));

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
            Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CopiesACopierMakesAreNotCountedAsTheThreadsOwnPoolRents(DeepCopyStrategy strategy)
        {
            // Measure-DeepCopy's pool hit rate reads these counters around a row's copies.
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Config), source =>
            {
                DeepCopier.Copy(new List<int> { 1 });
                DeepCopier.Copy(new List<int> { 2 }, new DeepCopyOptions { Strategy = DeepCopyStrategy.Pooled });
                return new Config();
            }).Build();
            var source = new Holder { Config = new Config(), Other = new Config() };
            var hits = DeepCopyDiagnostics.CurrentThreadPoolHits;
            var misses = DeepCopyDiagnostics.CurrentThreadPoolMisses;

            DeepCopier.Copy(source, PolicyStrategies.With(strategy, policies));

            var rents = DeepCopyDiagnostics.CurrentThreadPoolHits - hits + DeepCopyDiagnostics.CurrentThreadPoolMisses - misses;
            Assert.Equal(strategy == DeepCopyStrategy.Pooled || strategy == DeepCopyStrategy.Auto ? 1 : 0, rents);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CopierThatCopiesItsValueThroughEndlessNestedCopiesIsStopped(DeepCopyStrategy strategy)
        {
            // The same policies call the same copier again in every nested copy: bounded by the nesting limit, not the stack.
            TypePolicySet? policies = null;
            policies = TypePolicySet.CreateBuilder().Custom(typeof(Config), source =>
                DeepCopier.Copy((Config)source, new DeepCopyOptions { Strategy = strategy, TypePolicies = policies! })).Build();

            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new Holder { Config = new Config() }, PolicyStrategies.With(strategy, policies)));

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
            Assert.Equal("$.Config", error.Path);
        }
    }
}
