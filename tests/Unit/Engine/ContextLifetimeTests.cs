using System;
using System.Collections;
using System.Collections.Generic;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using Xunit;

namespace DeepCopy.Tests.Engine
{
    /// <summary>
    /// A <see cref="DeepCopyContext"/> is valid only during the callback that received it. Kept and used afterwards, it
    /// used to write into the identity map and work stack of a finished copy, which Pooled then reused: the next copy on
    /// the thread returned an object the caller already held. Now such a use throws, and every copy starts clean.
    /// </summary>
    public sealed class ContextLifetimeTests
    {
        public static TheoryData<DeepCopyStrategy, string> Calls =>
            Strategies.With("CopyMember", "CopyElement", "CopyValue", "CopyWrapped", "CopyKey", "PopulateDictionary", "ReportSourceChanged");

        [Theory]
        [MemberData(nameof(Calls))]
        public void ContextUsedAfterItsCopyThrows(DeepCopyStrategy strategy, string call)
        {
            var context = KeepContext(strategy);

            var error = Assert.Throws<InvalidOperationException>(() => Use(context, call, new Node()));

            Assert.Contains("only during", error.Message);
        }

        [Theory]
        [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
        public void StaleUseDoesNotLeakIntoTheNextCopyOnTheThread(DeepCopyStrategy strategy)
        {
            var context = KeepContext(strategy);
            var leaked = new Node { Value = 1 };
            Assert.Throws<InvalidOperationException>(() => context.CopyMember(leaked, "x"));

            var next = DeepCopier.Copy(new List<Node> { leaked }, new DeepCopyOptions { Strategy = strategy });

            Assert.NotSame(leaked, next[0]);
            Assert.Equal(1, next[0].Value);
        }

        [Theory]
        [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
        public void ContextKeptFromAnEarlierCopyIsRefusedWhileTheThreadsNextCopyRuns(DeepCopyStrategy strategy)
        {
            // Pooled and Auto once handed the same context object to the thread's next copy, so a kept one was open
            // again while that copy ran, and wrote the outsider into it.
            var kept = KeepContext(strategy);
            var outsider = new Node { Value = 5 };
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(ContextKeeper), (source, context) =>
            {
                kept.CopyMember(outsider, "x");
                return new ContextKeeper();
            }).Build();

            var error = Assert.Throws<DeepCopyException>(() =>
                DeepCopier.Copy(new ContextKeeper(), new DeepCopyOptions { Strategy = strategy, TypePolicies = policies }));

            Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
            Assert.IsType<InvalidOperationException>(error.InnerException);
        }

        [Theory]
        [InlineData(DeepCopyStrategy.Pooled)]
        [InlineData(DeepCopyStrategy.Auto)]
        public void ACopyThatRanACopierStillLeavesPooledScratchForTheNext(DeepCopyStrategy strategy)
        {
            KeepContext(strategy);
            var hits = DeepCopyDiagnostics.PoolHits;

            DeepCopier.Copy(new List<Node> { new Node() }, new DeepCopyOptions { Strategy = strategy });

            Assert.True(DeepCopyDiagnostics.PoolHits > hits);
        }

        [Theory]
        [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
        public void ContextWorksDuringItsCallback(DeepCopyStrategy strategy)
        {
            var child = new Node { Value = 7 };
            var policies = TypePolicySet.CreateBuilder()
                .Custom(typeof(ContextKeeper), (source, context) => new ContextKeeper { Child = (Node?)context.CopyMember(((ContextKeeper)source).Child, "Child") })
                .Build();

            var copy = DeepCopier.Copy(new ContextKeeper { Child = child }, new DeepCopyOptions { Strategy = strategy, TypePolicies = policies });

            Assert.NotSame(child, copy.Child);
            Assert.Equal(7, copy.Child!.Value);
        }

        private static DeepCopyContext KeepContext(DeepCopyStrategy strategy)
        {
            DeepCopyContext? kept = null;
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(ContextKeeper), (source, context) =>
            {
                kept = context;
                return new ContextKeeper();
            }).Build();
            DeepCopier.Copy(new ContextKeeper(), new DeepCopyOptions { Strategy = strategy, TypePolicies = policies });
            return kept!;
        }

        private static void Use(DeepCopyContext context, string call, Node value)
        {
            switch (call)
            {
                case "CopyMember":
                    context.CopyMember(value, "x");
                    break;
                case "CopyElement":
                    context.CopyElement(value, 0);
                    break;
                case "CopyValue":
                    context.CopyValue(value, "key");
                    break;
                case "CopyWrapped":
                    context.CopyWrapped(value);
                    break;
                case "CopyKey":
                    context.CopyKey(value, 0);
                    break;
                case "PopulateDictionary":
                    context.PopulateDictionary(new Hashtable { ["k"] = value }, new Hashtable());
                    break;
                default:
                    context.ReportSourceChanged(new List<Node> { value });
                    break;
            }
        }
    }
}
