using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using DeepCopy.Core;
using DeepCopy.Core.Measurement;
using Xunit;

namespace DeepCopy.Tests.Measurement
{
    /// <summary>
    /// A copy asked to share some values (a Share policy, NonCopyableAction Reference, a user copier) is still checked
    /// for independence everywhere else: only values of the types the options share, and what they hold, may be the source's.
    /// </summary>
    public sealed class SharedValueVerificationTests
    {
        public SharedValueVerificationTests() => LeakyHandler.EnsureRegistered();

        private static MeasurementSettings Quick() => VerificationSettings.Quick();

        private static Hashtable Graph(bool leak) => new Hashtable
        {
            ["Log"] = new MemoryStream(new byte[] { 1, 2, 3 }),
            ["List"] = new ArrayList { new Hashtable { ["a"] = 1 } },
            ["Leak"] = leak ? new LeakySource() : null,
        };

        private static MeasurementResult Measure(Hashtable graph, TypePolicySet? policies, NonCopyableAction action = NonCopyableAction.Throw)
        {
            var options = new DeepCopyOptions { Strategy = DeepCopyStrategy.Reflection, NonCopyableAction = action, TypePolicies = policies ?? TypePolicySet.Empty };
            return Assert.Single(new MeasurementRunner(Quick()).Run(graph, new[] { MeasurableCopy.ForOptions(options) }));
        }

        private static TypePolicySet ShallowListCopier() =>
            TypePolicySet.CreateBuilder().Share(typeof(Stream)).Custom(typeof(ArrayList), source => new ArrayList((ArrayList)source)).Build();

        [Fact]
        public void APolicyForATypeTheGraphDoesNotHoldRelaxesNothing()
        {
            var unrelated = TypePolicySet.CreateBuilder().SetNull(typeof(Stopwatch)).Build();
            var graph = Graph(leak: false);
            graph.Remove("Log");

            var result = Measure(graph, unrelated);

            Assert.Null(result.Error);
            Assert.Equal("Structural", result.Verification);
        }

        [Fact]
        public void AValueSharedByMistakeIsCaughtDespiteAnUnrelatedPolicy()
        {
            var unrelated = TypePolicySet.CreateBuilder().SetNull(typeof(Stopwatch)).Build();
            var graph = Graph(leak: true);
            graph.Remove("Log");

            var result = Measure(graph, unrelated);

            Assert.StartsWith("The copy is not right: $['Leak']: SharedReference", result.Error);
        }

        [Fact]
        public void AShareStreamPolicyRowIsVerifiedAndSaysSo()
        {
            var result = Measure(Graph(leak: false), TypePolicySet.CreateBuilder().Share(typeof(Stream)).Build());

            Assert.Null(result.Error);
            Assert.Equal("Structural (shared values allowed)", result.Verification);
        }

        [Fact]
        public void NonCopyableActionReferenceSharesTheStreamButNothingElse()
        {
            Assert.Null(Measure(Graph(leak: false), null, NonCopyableAction.Reference).Error);
            Assert.StartsWith("The copy is not right: $['Leak']: SharedReference", Measure(Graph(leak: true), null, NonCopyableAction.Reference).Error);
        }

        [Fact]
        public void WhatAUserCopierReturnsMayShareWhatItHolds()
        {
            var result = Measure(Graph(leak: false), ShallowListCopier());

            Assert.Null(result.Error);
            Assert.Equal("Structural (shared values allowed)", result.Verification);
        }

        [Fact]
        public void AClonePolicyMayShareWhatTheCloneHolds()
        {
            var policies = TypePolicySet.CreateBuilder().Share(typeof(Stream)).Clone(typeof(ArrayList)).Build();

            Assert.Null(Measure(Graph(leak: false), policies).Error);
        }

        [Fact]
        public void AUserCopierAllowsSharingOnlyBelowItsOwnResult()
        {
            var result = Measure(Graph(leak: true), ShallowListCopier());

            Assert.StartsWith("The copy is not right: $['Leak']: SharedReference", result.Error);
        }

        [Fact]
        public void AUserCopierMayReturnTheSourceItself()
        {
            var policies = TypePolicySet.CreateBuilder().Share(typeof(Stream)).Custom(typeof(ArrayList), source => source).Build();

            Assert.Null(Measure(Graph(leak: false), policies).Error);
        }

        [Fact]
        public void ADroppedValueIsNamedOnlyWhenTheGraphHoldsOne()
        {
            var dropStreams = TypePolicySet.CreateBuilder().SetNull(typeof(Stream)).Build();
            var withoutStream = Graph(leak: false);
            withoutStream.Remove("Log");

            Assert.Equal("Structural (dropped values allowed)", Measure(Graph(leak: false), dropStreams).Verification);
            Assert.Equal("Structural", Measure(withoutStream, dropStreams).Verification);
        }

        [Theory]
        [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
        public void ABarrierWithASharedActionIsMeasured(DeepCopyStrategy strategy)
        {
            // Its copy captures the same ExecutionContext as the source (the runtime's, immutable on .NET): no leak.
            using var barrier = new System.Threading.Barrier(2, _ => { });
            var options = new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Reference };

            var result = Assert.Single(new MeasurementRunner(Quick()).Run(new Hashtable { ["b"] = barrier }, new[] { MeasurableCopy.ForOptions(options) }));

            Assert.Null(result.Error);
            Assert.Equal("Structural (shared values allowed)", result.Verification);
        }
    }
}
