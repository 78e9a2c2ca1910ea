using System;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;
using static DeepCopy.Tests.Policies.PolicyTypes;

namespace DeepCopy.Tests.Policies
{
    /// <summary>
    /// User code (a copier, a registered handler) may take any time per call, so the engine reads the token after each
    /// call rather than counting it as one cheap step, and a cancelled copy never returns normally. No timing: the user
    /// code cancels the token itself.
    /// </summary>
    public sealed class CopierCancellationTests
    {
        private const int Values = 10;

        public CopierCancellationTests() => HookHandler.EnsureRegistered();

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CustomCopierThatCancelsStopsTheCopyAfterItsCall(DeepCopyStrategy strategy)
        {
            using var cancellation = new CancellationTokenSource();
            var calls = 0;
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Config), source =>
            {
                if (++calls == 3)
                {
                    cancellation.Cancel();
                }

                return new Config();
            }).Build();
            var source = ConfigList();

            var error = Assert.ThrowsAny<OperationCanceledException>(() => DeepCopier.Copy(source, Options(strategy, policies, cancellation.Token)));

            Assert.Equal(cancellation.Token, error.CancellationToken);
            Assert.Equal(3, calls);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void CopierThatCancelsOnTheLastValueStillFailsTheCopy(DeepCopyStrategy strategy)
        {
            // Cancelled in the very last call, after which nothing in the walk would read the token again.
            using var cancellation = new CancellationTokenSource();
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(Config), source =>
            {
                cancellation.Cancel();
                return new Config();
            }).Build();

            Assert.ThrowsAny<OperationCanceledException>(() => DeepCopier.Copy(new Config(), Options(strategy, policies, cancellation.Token)));
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void RegisteredHandlerThatCancelsStopsTheCopyAfterItsCall(DeepCopyStrategy strategy)
        {
            using var cancellation = new CancellationTokenSource();
            var shells = 0;
            var source = new List<HookItem>();
            for (var i = 0; i < Values; i++)
            {
                source.Add(new HookItem(onShell: () =>
                {
                    if (++shells == 3)
                    {
                        cancellation.Cancel();
                    }
                }));
            }

            Assert.ThrowsAny<OperationCanceledException>(() =>
                DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, CancellationToken = cancellation.Token }));
            Assert.Equal(3, shells);
        }

        [Theory]
        [MemberData(nameof(PolicyStrategies.All), MemberType = typeof(PolicyStrategies))]
        public void ClonePolicyThatCancelsStopsTheCopyAfterItsCall(DeepCopyStrategy strategy)
        {
            using var cancellation = new CancellationTokenSource();
            var clones = new int[1];
            var source = new List<CancellingCloneable>();
            for (var i = 0; i < Values; i++)
            {
                source.Add(new CancellingCloneable(cancellation, clones));
            }

            var policies = TypePolicySet.CreateBuilder().Clone(typeof(CancellingCloneable)).Build();

            Assert.ThrowsAny<OperationCanceledException>(() => DeepCopier.Copy(source, Options(strategy, policies, cancellation.Token)));
            Assert.Equal(1, clones[0]);
        }

        private static List<Config> ConfigList()
        {
            var list = new List<Config>();
            for (var i = 0; i < Values; i++)
            {
                list.Add(new Config());
            }

            return list;
        }

        private static DeepCopyOptions Options(DeepCopyStrategy strategy, TypePolicySet policies, CancellationToken token) =>
            new DeepCopyOptions { Strategy = strategy, TypePolicies = policies, CancellationToken = token };
    }
}
