using System;
using System.Management.Automation;
using DeepCopy.Core;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Copies a <c>[ref]</c> (<see cref="PSReference"/>) as a new reference to a deep copy of its value. A reference
    /// bound to a variable is detached: changing the copy's value never changes the source's variable.
    /// </summary>
    internal sealed class PSReferenceHandler : DeepCopyHandler
    {
        public override bool CanHandle(Type type) => typeof(PSReference).IsAssignableFrom(type);

        public override object CreateShell(object source, DeepCopyContext context) => new PSReference(null);

        public override void Populate(object source, object shell, DeepCopyContext context) =>
            ((PSReference)shell).Value = context.CopyMember(((PSReference)source).Value, "Value");
    }
}
