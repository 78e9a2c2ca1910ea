using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Implemented by the handler of a struct that holds no references but whose copy is a new value made from the
    /// source's (a <see cref="System.Threading.SpinLock"/>: free, in the same mode). A box of one is an object and goes
    /// through the handler like any box; where the struct is stored inline (a field of a class or struct, an array
    /// element) the engine renews it in place through this instead, so it costs no identity-map entry, counts as no
    /// object and adds no level of depth, like any other struct stored inline. Types without such a field never meet it:
    /// the field walk lists these fields once per type (<see cref="Metadata.DeepField.Renewed"/>).
    /// </summary>
    internal interface IInlineRenewal
    {
        /// <summary>From a box of the source's value (a shell holds the source's bits) to a box of the copy's.</summary>
        object Renew(object box);

        /// <summary>A static <c>void M(ref T value)</c> that renews a value in place, for generated code.</summary>
        MethodInfo RenewInPlace { get; }
    }
}
