using System;
using System.Management.Automation;
using DeepCopy.Core;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Presents a <c>[ref]</c> by its <c>Value</c>. A reference bound to a variable keeps the variable in its private
    /// slot, while its copy is detached and keeps a copy of the value there (see <see cref="PSReferenceHandler"/>), so
    /// comparing the slot called every right copy different (a PSVariable against a Hashtable) and Measure-DeepCopy
    /// refused to measure graphs holding one. Reading Value only reads the variable.
    /// </summary>
    internal sealed class PSReferenceCompareAdapter : DeepCompareAdapter
    {
        public override bool CanHandle(Type type) => typeof(PSReference).IsAssignableFrom(type);

        public override void Describe(object value, DeepCompareView view) => view.AddMember(nameof(PSReference.Value), ((PSReference)value).Value);
    }
}
