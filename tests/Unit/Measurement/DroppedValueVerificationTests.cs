using System;
using System.Collections;
using System.IO;
using System.Linq;
using DeepCopy.Core;
using DeepCopy.Core.Measurement;
using Xunit;

namespace DeepCopy.Tests.Measurement
{
    /// <summary>A copy asked to drop values (NonCopyableAction Null, a Null type policy) is verified as what it is.</summary>
    public sealed class DroppedValueVerificationTests
    {
        private static MeasurementSettings Quick() => VerificationSettings.Quick();

        private static Hashtable Graph() => new Hashtable { ["Log"] = new MemoryStream(), ["Data"] = new Hashtable { ["x"] = 1 } };

        [Theory]
        [InlineData(DeepCopyStrategy.Reflection)]
        [InlineData(DeepCopyStrategy.Auto)]
        public void NonCopyableActionNullRowsVerify(DeepCopyStrategy strategy)
        {
            var row = MeasurableCopy.ForOptions(new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Null });

            var result = Assert.Single(new MeasurementRunner(Quick()).Run(Graph(), new[] { row }));

            Assert.Null(result.Error);
        }

        [Fact]
        public void ANullPolicyRowVerifies()
        {
            var policies = TypePolicySet.CreateBuilder().SetNull(typeof(Stream)).Build();
            var row = MeasurableCopy.ForOptions(new DeepCopyOptions { Strategy = DeepCopyStrategy.Reflection, TypePolicies = policies });

            Assert.Null(Assert.Single(new MeasurementRunner(Quick()).Run(Graph(), new[] { row })).Error);
        }

        [Fact]
        public void ARowWhoseCopierReturnsNullVerifies()
        {
            // The user's copier decided the copy holds nothing there, as a Null policy would.
            var policies = TypePolicySet.CreateBuilder().Set(typeof(Stream), TypePolicy.Custom(_ => null)).Build();
            var row = MeasurableCopy.ForOptions(new DeepCopyOptions { Strategy = DeepCopyStrategy.Reflection, TypePolicies = policies });

            var result = Assert.Single(new MeasurementRunner(Quick()).Run(Graph(), new[] { row }));

            Assert.Null(result.Error);
            Assert.Contains("dropped values allowed", result.Verification, StringComparison.Ordinal);
        }

        [Fact]
        public void ANullWhereTheOptionsDropNothingIsStillWrong()
        {
            var options = new DeepCopyOptions { Strategy = DeepCopyStrategy.Reflection, NonCopyableAction = NonCopyableAction.Null };
            var wrong = new MeasurableCopy("Wrong", source => new Hashtable { ["Log"] = null, ["Data"] = null }, MeasurableCopy.ForOptions(options).Verifier);

            var result = Assert.Single(new MeasurementRunner(Quick()).Run(Graph(), new[] { wrong }));

            Assert.StartsWith("The copy is not right: $['Data']: ValueDifferent", result.Error);
            Assert.False(result.Error!.EndsWith("..", StringComparison.Ordinal), result.Error);
        }
    }
}
