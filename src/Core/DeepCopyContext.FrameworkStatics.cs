using System.Collections.Generic;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core
{
    /// <summary>
    /// The class library's static objects a copy keeps (<see cref="FrameworkStatics"/>): each is entered in the identity
    /// map as its own copy, once per copy, when the copy first loads the plan of a type that lists some. The copy then
    /// finds them like any object copied before and keeps the very instance, so nothing is asked per object, and copies
    /// of types that list none (every type of the user's own) pay nothing.
    /// </summary>
    public sealed partial class DeepCopyContext
    {
        // The plans in the plan map that list statics: a pooled context keeps its plans warm between copies, so it meets
        // no plan load for them in its next copy and enters their statics again when that copy begins.
        private List<TypePlan>? _plansWithStatics;

        /// <summary>Enters the statics of a plan just loaded, and remembers the plan for this context's later copies.</summary>
        private void KeepStaticsOf(TypePlan plan, object[] statics)
        {
            (_plansWithStatics ??= new List<TypePlan>()).Add(plan);
            EnterAsOwnCopies(statics);
        }

        /// <summary>At the start of a copy, on a context whose plans were loaded by earlier copies.</summary>
        private void EnterKnownStatics()
        {
            if (_plansWithStatics is null)
            {
                return;
            }

            foreach (var plan in _plansWithStatics)
            {
                EnterAsOwnCopies(plan.SharedStatics!);
            }
        }

        private void ForgetPlansWithStatics() => _plansWithStatics?.Clear();

        private void EnterAsOwnCopies(object[] statics)
        {
            foreach (var value in statics)
            {
                // Already in the map: entered by another type's list, or met (and copied) before this plan was loaded.
                // A type policy for the value's own type is the user's statement about it, and outranks this rule.
                if (!_map.TryGetValue(value, out _) && (_plansPolicies is null || _plansPolicies.PlanFor(value.GetType()) is null))
                {
                    _map.Add(value, value);
                }
            }
        }
    }
}
