using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DeepCopy.Core;
using DeepCopy.Tests.Fixtures;
using Xunit;

namespace DeepCopy.Tests.Engine
{
    /// <summary>
    /// A context handed to user code is never run again: the thread's next pooled copy runs on a new context object
    /// over the same scratch (DeepCopyContext.Handover.cs). Its constructor names the carried fields one by one, so a
    /// field added to the context later could be left behind, and the successor would lose reused scratch or cached
    /// plans without any test noticing. Every instance field must be either carried or set afresh by each copy.
    /// </summary>
    public sealed class ContextHandoverTests
    {
        // Scratch and caches that outlive a copy: the successor must hold the very same values.
        private static readonly string[] Carried =
        {
            "_map", "_work", "_path", "_plans", "_plansGeneration", "_plansPolicies", "_plansHoldCollectible",
            "_plansWithStatics", "_standIns", "_filler",
        };

        // State of one copy, which Reset, BeginCopy or the copy's own steps set before reading it (or, for the handover
        // flag, the very thing that must not carry over).
        private static readonly string[] PerCopy =
        {
            "_keyNesting", "_boxNesting", "_lastType", "_lastPlan", "_maxDepth", "_nonCopyableAction", "_cancellationToken",
            "_currentPath", "_currentDepth", "_objectsCopied", "_maxDepthReached", "_countdown", "_failureMark", "_failure",
            "_handedToUserCode", "_inlineSlotsPath", "_inlineSlotTypes", "_running", "_wholeCopyNesting", "_inPlaceNesting",
            "_shellNesting", "_populateBase", "_attachedStates",
        };

        private static readonly FieldInfo[] Fields =
            typeof(DeepCopyContext).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

        [Fact]
        public void EveryFieldOfTheContextIsEitherCarriedOrSetByEachCopy()
        {
            var unclassified = Fields.Select(field => field.Name).Except(Carried).Except(PerCopy).ToList();
            var gone = Carried.Concat(PerCopy).Except(Fields.Select(field => field.Name)).ToList();

            Assert.True(unclassified.Count == 0, "Classify these new DeepCopyContext fields here and carry the scratch ones in its handover constructor: " + string.Join(", ", unclassified));
            Assert.True(gone.Count == 0, "These fields no longer exist: " + string.Join(", ", gone));
        }

        [Theory]
        [InlineData(DeepCopyStrategy.Pooled)]
        [InlineData(DeepCopyStrategy.Auto)]
        public void TheSuccessorOfAContextHandedToUserCodeHoldsAllItsScratch(DeepCopyStrategy strategy)
        {
            var kept = KeepContext(strategy);
            GiveEveryCarriedFieldAValue(kept);

            var successor = kept.ForNextCopy();

            Assert.NotSame(kept, successor);
            Assert.True(kept.HandedToUserCode);
            Assert.False(successor.HandedToUserCode);
            foreach (var field in Fields.Where(field => Carried.Contains(field.Name)))
            {
                var before = field.GetValue(kept);
                var after = field.GetValue(successor);
                Assert.True(field.FieldType.IsValueType ? Equals(before, after) : ReferenceEquals(before, after), field.Name + " was not carried to the successor.");
            }
        }

        // Scratch made lazily (stand-ins, plans with statics) and caches left at their defaults by a small copy would
        // compare equal whether carried or not: each gets a value of its own first. The kept context never runs again.
        private static void GiveEveryCarriedFieldAValue(DeepCopyContext kept)
        {
            foreach (var field in Fields.Where(field => Carried.Contains(field.Name)))
            {
                var value = field.GetValue(kept);
                if (field.FieldType == typeof(int))
                {
                    field.SetValue(kept, 12345);
                }
                else if (field.FieldType == typeof(bool))
                {
                    field.SetValue(kept, !(bool)value!);
                }
                else if (value is null)
                {
                    field.SetValue(kept, field.FieldType == typeof(TypePolicySet)
                        ? TypePolicySet.CreateBuilder().Share(typeof(Node)).Build()
                        : Activator.CreateInstance(field.FieldType));
                }

                Assert.NotNull(field.GetValue(kept));
            }
        }

        private static DeepCopyContext KeepContext(DeepCopyStrategy strategy)
        {
            DeepCopyContext? kept = null;
            var policies = TypePolicySet.CreateBuilder().Custom(typeof(ContextKeeper), (source, context) =>
            {
                kept = context;
                return new ContextKeeper { Child = (Node?)context.CopyMember(((ContextKeeper)source).Child, "Child") };
            }).Build();
            DeepCopier.Copy(new ContextKeeper { Child = new Node { Value = 3 } }, new DeepCopyOptions { Strategy = strategy, TypePolicies = policies });
            return kept!;
        }
    }
}
