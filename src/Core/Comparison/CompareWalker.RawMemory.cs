using System;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Values a field walk does not reach: the elements of fixed buffers and inline arrays after the declared first one,
    /// and the addresses in pointer fields.
    /// </summary>
    internal sealed partial class CompareWalker
    {
        private void CompareInlineElements(object reference, object difference, ComparePlan plan, int path)
        {
            for (var i = 0; i < plan.ElementCount; i++)
            {
                Child(plan.ReadElement!(reference, i), plan.ReadElement(difference, i), path, PathSegmentKind.Index, null, i);
            }
        }

        /// <summary>
        /// Two pointers are equal when they hold one address; what they point at is not read (its length and lifetime are
        /// unknown). A null pointer in place of one the copy's options drop is accepted, as a null in place of any dropped value.
        /// </summary>
        private void ComparePointers(CompareField field, object reference, object difference, int path)
        {
            var referenceBox = field.Field.GetValue(reference);
            var differenceBox = field.Field.GetValue(difference);
            var referenceAddress = PointerAddress.Of(referenceBox);
            var differenceAddress = PointerAddress.Of(differenceBox);
            if (referenceAddress == differenceAddress)
            {
                return;
            }

            if (differenceAddress == UIntPtr.Zero && referenceBox != null && _acceptsNullFor != null && _acceptsNullFor(referenceBox))
            {
                if (_allowanceUse != null)
                {
                    _allowanceUse.AcceptedNull = true;
                }

                return;
            }

            Report(DeepDifferenceKind.ValueDifferent, path, PathSegmentKind.Member, field.Name, 0, referenceAddress, differenceAddress, DifferenceMessages.Address(referenceAddress, differenceAddress));
        }
    }
}
