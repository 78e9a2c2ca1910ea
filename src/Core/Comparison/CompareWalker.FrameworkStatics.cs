using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// The class library's statics a copy keeps (<see cref="FrameworkStatics"/>) are recognised by reference by the code
    /// that uses them, so in their place only the very instance is equal: a copy that made one a new object compared
    /// equal field by field, and behaved differently (a removed expando member came back).
    /// </summary>
    internal sealed partial class CompareWalker
    {
        /// <summary>True, with the difference reported, when one of two objects that are not the same is a class-library static.</summary>
        private bool IsFrameworkStaticPair(object reference, object difference, int path)
        {
            var referenceIsStatic = KnownFrameworkStatics.IsShared(reference, out var name);
            if (!referenceIsStatic && !KnownFrameworkStatics.IsShared(difference, out name))
            {
                return false;
            }

            var other = (referenceIsStatic ? difference : reference).GetType();
            ReportAt(DeepDifferenceKind.ValueDifferent, path, reference, difference, DifferenceMessages.FrameworkStatic(name, referenceIsStatic, other));
            return true;
        }
    }
}
