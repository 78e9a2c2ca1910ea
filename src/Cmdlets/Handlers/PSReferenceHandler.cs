using System;
using System.Management.Automation;
using System.Reflection;
using DeepCopy.Core;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// Copies a <c>[ref]</c> as a reference of the same type (PowerShell 7 makes <c>PSReference&lt;T&gt;</c>) to a deep
    /// copy of its value. A reference bound to a variable is detached: the copy holds the value itself, so changing it
    /// never changes the source's variable. The private slot is written directly because the public Value setter of a
    /// variable-bound reference would write to the source's variable.
    /// </summary>
    internal sealed class PSReferenceHandler : DeepCopyHandler
    {
        private static readonly FieldInfo? ValueSlot = typeof(PSReference).GetField("_value", BindingFlags.Instance | BindingFlags.NonPublic);
        private static readonly Func<object, object> ShallowClone = (Func<object, object>)Delegate.CreateDelegate(
            typeof(Func<object, object>),
            typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!);

        public override bool CanHandle(Type type) => typeof(PSReference).IsAssignableFrom(type);

        public override object CreateShell(object source, DeepCopyContext context)
        {
            if (ValueSlot == null)
            {
                return new PSReference(null);
            }

            var shell = ShallowClone(source);
            ValueSlot.SetValue(shell, null);
            return shell;
        }

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            var value = context.CopyMember(((PSReference)source).Value, "Value");
            if (ValueSlot == null)
            {
                ((PSReference)shell).Value = value;
                return;
            }

            ValueSlot.SetValue(shell, value);
        }
    }
}
