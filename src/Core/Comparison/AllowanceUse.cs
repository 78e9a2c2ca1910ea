namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Which allowances of a verifying comparison (<see cref="DeepCompareOptions.AcceptsNullFor"/>,
    /// <see cref="DeepCompareOptions.AcceptsSharingOf"/>) the compared graphs called on, so that a measurement row can
    /// say what its check let through: a row whose graph holds nothing the options drop or share was checked strictly.
    /// </summary>
    internal sealed class AllowanceUse
    {
        /// <summary>The copy held null where the source held a value its options drop.</summary>
        public bool AcceptedNull { get; set; }

        /// <summary>The copy held a value its options share or leave to a user's copier, which was not checked for independence.</summary>
        public bool AcceptedSharing { get; set; }
    }
}
