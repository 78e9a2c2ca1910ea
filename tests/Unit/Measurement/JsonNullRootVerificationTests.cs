using System;
using System.Collections;
using System.IO;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using DeepCopy.Core;
using DeepCopy.Core.Measurement;
using Xunit;

namespace DeepCopy.Tests.Measurement
{
    /// <summary>
    /// A Json row whose whole copy is null by the strategy's own rules (a DBNull or JSON-null root, a root the options
    /// drop) is verified as what it is; a null copy for any other root still fails the row.
    /// </summary>
    public sealed class JsonNullRootVerificationTests
    {
        private const string NullRootAllowed = "NonNull (null root allowed)";

        static JsonNullRootVerificationTests()
        {
            // A real session has the PowerShell adapter, which unwraps a PSObject for the Json strategy.
            PowerShellRegistrations.EnsureRegistered();
        }

        private static DeepCopyOptions Json(NonCopyableAction action = NonCopyableAction.Throw, TypePolicySet? policies = null) =>
            new DeepCopyOptions { Strategy = DeepCopyStrategy.Json, NonCopyableAction = action, TypePolicies = policies ?? TypePolicySet.Empty };

        private static MeasurementResult Measure(object? root, MeasurableCopy row) =>
            Assert.Single(new MeasurementRunner(VerificationSettings.Quick()).Run(root, new[] { row }));

        private static MeasurementResult MeasureJson(object root, DeepCopyOptions options)
        {
            // The premise: the strategy itself makes this copy null.
            Assert.Null(DeepCopier.Copy(root, options, out _));
            return Measure(root, MeasurableCopy.ForOptions(options));
        }

        /// <summary>A row that copies with nothing but null, checked as a Json row with <paramref name="options"/> would be.</summary>
        private static MeasurableCopy AlwaysNull(DeepCopyOptions options) =>
            new MeasurableCopy("Wrong", _ => null, MeasurableCopy.ForOptions(options).Verifier);

        [Fact]
        public void ADBNullRootComesBackAsNullAndVerifies()
        {
            var result = MeasureJson(DBNull.Value, Json());

            Assert.Null(result.Error);
            Assert.Equal(NullRootAllowed, result.Verification);
        }

        [Fact]
        public void AWrappedDBNullRootVerifies()
        {
            var result = MeasureJson(new PSObject(DBNull.Value), Json());

            Assert.Null(result.Error);
            Assert.Equal(NullRootAllowed, result.Verification);
        }

        [Fact]
        public void AJsonNullRootVerifies()
        {
            using var document = JsonDocument.Parse("null");

            Assert.Null(MeasureJson(document.RootElement, Json()).Error);
        }

        [Fact]
        public void ANonCopyableRootUnderNonCopyableActionNullVerifies()
        {
            var result = MeasureJson(new MemoryStream(), Json(NonCopyableAction.Null));

            Assert.Null(result.Error);
            Assert.Equal(NullRootAllowed, result.Verification);
        }

        [Fact]
        public void ARootWhoseTypePolicyIsNullVerifies()
        {
            var policies = TypePolicySet.CreateBuilder().SetNull(typeof(StringBuilder)).Build();

            var result = MeasureJson(new StringBuilder("x"), Json(policies: policies));

            Assert.Null(result.Error);
            Assert.Equal(NullRootAllowed, result.Verification);
        }

        [Fact]
        public void ARootWhoseCopierReturnsNullVerifies()
        {
            // The user's copier decided the copy is nothing, as a Null policy would.
            var policies = TypePolicySet.CreateBuilder().Set(typeof(StringBuilder), TypePolicy.Custom(_ => null)).Build();

            Assert.Null(MeasureJson(new StringBuilder("x"), Json(policies: policies)).Error);
        }

        [Fact]
        public void ACopyThatExistsIsStillCheckedAsNonNull()
        {
            var result = Measure(new Hashtable { ["a"] = 1 }, MeasurableCopy.ForOptions(Json()));

            Assert.Null(result.Error);
            Assert.Equal("NonNull", result.Verification);
        }

        [Fact]
        public void ANullCopyOfAnOrdinaryRootStillFails()
        {
            var result = Measure(new Hashtable { ["a"] = 1 }, AlwaysNull(Json(NonCopyableAction.Null)));

            Assert.Equal("The copy is not right: the copy is null.", result.Error);
        }

        [Fact]
        public void ANullCopyOfANonCopyableRootFailsWhenTheOptionsDoNotDropIt()
        {
            // Reference carries the stream itself, so null is not what the strategy makes of it.
            var result = Measure(new MemoryStream(), AlwaysNull(Json(NonCopyableAction.Reference)));

            Assert.Equal("The copy is not right: the copy is null.", result.Error);
        }

        [Fact]
        public void ANullPolicyForAnotherTypeAllowsNoNullRoot()
        {
            var policies = TypePolicySet.CreateBuilder().SetNull(typeof(StringBuilder)).Build();

            var result = Measure(new Hashtable { ["sb"] = new StringBuilder("x") }, AlwaysNull(Json(policies: policies)));

            Assert.Equal("The copy is not right: the copy is null.", result.Error);
        }

        [Fact]
        public void AWrappedOrdinaryRootMayNotComeBackNull()
        {
            var result = Measure(new PSObject(new Hashtable { ["a"] = 1 }), AlwaysNull(Json(NonCopyableAction.Null)));

            Assert.Equal("The copy is not right: the copy is null.", result.Error);
        }
    }
}
